import { createApiClient, type ApiClient, type FetchLike } from '../lib/api-client';

/**
 * A fake network for tests: real Response objects served by path, so the app's own api client,
 * zod parsing and error handling all run. Nothing of our own is mocked.
 */
export type Reply = { status?: number; body?: unknown; text?: string };
type Responder = (url: URL) => Reply | Promise<Reply>;

export type FakeNetwork = {
  fetch: FetchLike;
  client: ApiClient;
  /** Every request made, in order. */
  calls: { url: URL; headers: Headers }[];
  /** Serves `path` (exact pathname, any query) from now on; the latest registration wins. */
  on: (path: string, reply: Reply | Responder) => FakeNetwork;
};

export function fakeNetwork(): FakeNetwork {
  const routes: { path: string; respond: Responder }[] = [];
  const calls: FakeNetwork['calls'] = [];

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input, 'http://localhost');
    calls.push({ url, headers: new Headers(init.headers) });
    const route = routes.findLast((r) => r.path === url.pathname);
    const reply: Reply = route
      ? await route.respond(url)
      : { status: 404, body: { data: null, errors: [{ code: 'MP_NOT_FOUND', message: 'No such route' }] } };
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const text = reply.text ?? JSON.stringify(reply.body ?? null);
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };

  const network: FakeNetwork = {
    fetch,
    client: createApiClient(fetch),
    calls,
    on(path, reply) {
      routes.push({ path, respond: typeof reply === 'function' ? reply : () => reply });
      return network;
    },
  };
  return network;
}

/** A reply that waits until `release` is called: for loading and "Updating…" states. */
export function deferred(reply: Reply): { respond: () => Promise<Reply>; release: () => void } {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const respond = async () => {
    await gate;
    return reply;
  };
  return { respond, release: () => release() };
}
