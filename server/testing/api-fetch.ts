/** What the dashboard's own fetches send on every /api request (the CSRF rule asks for it). */
export const FROM_APP = { 'x-requested-with': 'fetch' } as const;

/** Request options as the app sends them: X-Requested-With added unless the test set its own. */
export function fromApp(init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  if (!headers.has('x-requested-with')) headers.set('x-requested-with', FROM_APP['x-requested-with']);
  return { ...init, headers };
}

/** fetch() as the dashboard's browser app calls its /api. */
export const apiFetch = (url: string, init?: RequestInit) => fetch(url, fromApp(init));
