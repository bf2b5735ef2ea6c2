import { createApiClient, type ApiClient, type FetchLike } from '../../../lib/api-client';
import type { AuthMode } from '../api/get-auth-mode';

/**
 * The proxy's session routes over a fake network, for tests: real Response objects (status, envelope,
 * Retry-After) answered by method and path, so the app's own api client, zod parsing and error
 * handling all run. Nothing of our own is mocked. Password mode keeps one session, as a cookie would.
 */
export type FakeUser = { password: string; role: 'manager' | 'staff' };
export type FakeReply = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: { body: unknown }) => FakeReply;

export type FakeProxy = {
  client: ApiClient;
  calls: { method: string; path: string; headers: Headers; body: unknown }[];
  /** Who is signed in now (password mode), as the server sees it. */
  signedIn: () => string | null;
  /** Serves `METHOD /path` from now on: /api/session before the built-in answer, others once signed in. */
  on: (route: string, handler: Handler | FakeReply) => FakeProxy;
};

const refuse = (status: number, code: string, message: string, headers?: Record<string, string>) => ({
  status,
  body: { data: null, errors: [{ code, message }] },
  headers,
});

export function fakeProxy({
  mode,
  users = {},
  signedInAs = null,
}: {
  mode: AuthMode;
  users?: Record<string, FakeUser>;
  /** Password mode: a session already open; header mode: the proxy's identity. */
  signedInAs?: string | null;
}): FakeProxy {
  let session = signedInAs;
  const extra = new Map<string, Handler>();
  const calls: FakeProxy['calls'] = [];
  const roleOf = (name: string) => users[name]?.role ?? 'manager';

  function answer(method: string, path: string, body: unknown): FakeReply {
    const custom = extra.get(`${method} ${path}`);
    if (path === '/api/config') return { body: { data: { demo: false, auth: mode } } };
    if (custom && path === '/api/session') return custom({ body });
    if (path === '/api/session' && method === 'POST') {
      const { username, password } = body as { username: string; password: string };
      const user = users[username];
      if (!user || user.password !== password) {
        return refuse(401, 'MP_SIGN_IN_FAILED', 'Wrong username or password.');
      }
      session = username;
      return { body: { data: { username, role: user.role } } };
    }
    if (path === '/api/session' && method === 'DELETE') {
      session = null;
      return { body: { data: null } };
    }
    if (mode !== 'none' && session === null) {
      return refuse(401, 'MP_UNAUTHENTICATED', 'Sign in to use the dashboard.');
    }
    if (path === '/api/session') {
      return {
        body: { data: { username: session ?? 'anonymous', role: session ? roleOf(session) : 'manager' } },
      };
    }
    if (custom) return custom({ body });
    return refuse(404, 'MP_NOT_FOUND', 'There is no such API route.');
  }

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input, 'http://localhost');
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url.pathname, headers: new Headers(init.headers), body });
    const reply = answer(method, url.pathname, body);
    return new Response(JSON.stringify(reply.body ?? null), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  };

  const proxy: FakeProxy = {
    client: createApiClient(fetch),
    calls,
    signedIn: () => session,
    on(route, handler) {
      extra.set(route, typeof handler === 'function' ? handler : () => handler);
      return proxy;
    },
  };
  return proxy;
}
