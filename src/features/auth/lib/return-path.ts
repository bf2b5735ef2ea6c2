export const SIGN_IN_PATH = '/sign-in';

/**
 * Where the sign-in page sends the person back to: a path of this app only. `//evil.example` and
 * `/\evil.example` are other hosts to a browser, and anything not starting with `/` is not ours.
 */
export function safeReturnPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) {
    return '/';
  }
  return next;
}

/** The sign-in page's address that returns to `here` (path, query and hash) afterwards. */
export function signInPathFrom(here: string): string {
  const back = safeReturnPath(here);
  return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ next: back }).toString()}`;
}
