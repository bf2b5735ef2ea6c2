import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { startDeadline, UpstreamFailure } from './failure';
import { createUpstreamClient, type UpstreamClient, type UpstreamClientOptions } from './http-client';

/**
 * The upstream client against real servers on 127.0.0.1 that write HTTP by hand, so each test decides
 * exactly which bytes arrive, when, and when a socket closes.
 */
type Seen = { socket: number; head: string; body: string };
type Raw = {
  url: URL;
  seen: Seen[];
  sockets: number;
  open: () => number;
  close: () => Promise<void>;
};

/** `answer` is called per request with its socket, the request and its number on that socket. */
async function rawServer(answer: (socket: Socket, request: Seen, nth: number) => void): Promise<Raw> {
  const seen: Seen[] = [];
  const live = new Set<Socket>();
  let sockets = 0;
  const server: Server = createServer((socket) => {
    const id = sockets++;
    live.add(socket);
    socket.on('close', () => live.delete(socket));
    socket.on('error', () => {});
    let buffered = '';
    let nth = 0;
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = buffered.slice(0, end);
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        const body = Buffer.from(buffered.slice(end + 4, end + 4 + length), 'latin1').toString('utf8');
        buffered = buffered.slice(end + 4 + length);
        const request = { socket: id, head, body };
        seen.push(request);
        answer(socket, request, nth++);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    seen,
    get sockets() {
      return sockets;
    },
    open: () => live.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of live) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const ok = (body: string, extra = '') =>
  `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n${extra}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A client with the tests' defaults, closed after the test. */
function clientOf(options: Partial<UpstreamClientOptions> & Pick<UpstreamClientOptions, 'baseUrl'>) {
  const client = createUpstreamClient({ timeoutMs: 2_000, maxBodyBytes: 1 << 20, ...options });
  cleanups.push(() => client.close());
  return client;
}

async function setup(
  answer: (socket: Socket, request: Seen, nth: number) => void,
  options: Partial<UpstreamClientOptions> = {},
): Promise<{ server: Raw; client: UpstreamClient }> {
  const server = await rawServer(answer);
  cleanups.push(() => server.close());
  return { server, client: clientOf({ baseUrl: server.url, ...options }) };
}

function get(client: UpstreamClient, path = '/v3/users/1/targetGroups', timeoutMs = 2_000, headers = {}) {
  const deadline = startDeadline(timeoutMs);
  return client.send({ method: 'GET', path, headers, deadline }).finally(() => deadline.dispose());
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (err: unknown) => (err instanceof UpstreamFailure ? err.failure : `other: ${String(err)}`),
  );

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('upstream client: requests and answers', () => {
  it('writes the method, path, host and headers, and reads status, headers and body', async () => {
    const { server, client } = await setup((socket) => socket.write(ok('{"a":1}', 'retry-after: 7\r\n')));
    const res = await get(client, '/v3/users/5/targetGroups?includeInactive=true', 2_000, {
      authorization: 'Basic eA==',
    });
    expect(res.status).toBe(200);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.body.toString()).toBe('{"a":1}');
    const head = server.seen[0]?.head.split('\r\n') ?? [];
    expect(head[0]).toBe('GET /v3/users/5/targetGroups?includeInactive=true HTTP/1.1');
    expect(head).toContain(`host: ${server.url.host}`);
    expect(head).toContain('authorization: Basic eA==');
  });

  it('keeps a base path prefix and sends a POST body with its byte length', async () => {
    const server = await rawServer((socket) => socket.write(ok('{}')));
    cleanups.push(() => server.close());
    const client = clientOf({ baseUrl: new URL(`${server.url.origin}/gateway/`), maxBodyBytes: 1024 });
    const deadline = startDeadline(2_000);
    await client.send({ method: 'POST', path: '/oauth/token', headers: {}, body: 'name=Zoë', deadline });
    deadline.dispose();
    expect(server.seen[0]?.head.split('\r\n')[0]).toBe('POST /gateway/oauth/token HTTP/1.1');
    expect(server.seen[0]?.head).toContain('content-length: 9');
    expect(server.seen[0]?.body).toBe('name=Zoë');
  });

  it('reads a large chunked body that arrives in many small writes', async () => {
    const body = JSON.stringify({ data: 'x'.repeat(300_000) });
    const { client } = await setup((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n');
      for (let at = 0; at < body.length; at += 7_001) {
        const part = body.slice(at, at + 7_001);
        socket.write(`${part.length.toString(16)}\r\n${part}\r\n`);
      }
      socket.write('0\r\n\r\n');
    });
    expect((await get(client)).body.toString()).toBe(body);
  });

  it('never writes a header value or path that could end a line early', async () => {
    const { server, client } = await setup((socket) => socket.write(ok('{}')));
    expect(
      await failureOf(get(client, '/v3/users/1', 2_000, { authorization: 'Bearer a\r\nx-injected: 1' })),
    ).toBe('unreachable');
    expect(await failureOf(get(client, '/v3/users/1 HTTP/1.1\r\nx: y'))).toBe('unreachable');
    expect(server.seen).toHaveLength(0);
  });
});

describe('upstream client: sockets', () => {
  it('reuses one socket for requests one after another', async () => {
    const { server, client } = await setup((socket) => socket.write(ok('{}')));
    for (let i = 0; i < 5; i++) await get(client);
    expect(server.seen).toHaveLength(5);
    expect(server.sockets).toBe(1);
  });

  it('opens at most `connections` sockets; the other requests wait their turn', async () => {
    const { server, client } = await setup((socket) => setTimeout(() => socket.write(ok('{}')), 20), {
      connections: 2,
    });
    const answers = await Promise.all(Array.from({ length: 7 }, () => get(client)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(server.sockets).toBe(2);
  });

  it('opens a new socket after Connection: close or a body framed by the close', async () => {
    const { server, client } = await setup((socket, _request, nth) => {
      if (nth === 0) socket.end('HTTP/1.1 200 OK\r\n\r\n{"framed":"by close"}');
    });
    expect((await get(client)).body.toString()).toBe('{"framed":"by close"}');
    expect((await get(client)).body.toString()).toBe('{"framed":"by close"}');
    expect(server.sockets).toBe(2);
  });

  it('sends a GET once more on a new socket when the server closed the reused one unanswered', async () => {
    // The keep-alive race: the server drops an idle socket just as a request goes out on it.
    const { server, client } = await setup((socket, _request, nth) => {
      if (nth === 0) socket.write(ok('{"n":1}'));
      else socket.destroy();
    });
    await get(client);
    expect((await get(client)).body.toString()).toBe('{"n":1}');
    expect(server.sockets).toBe(2);
    expect(server.seen).toHaveLength(3);
  });

  it('a server that closes after each answer: a GET sent at once is sent again, a POST gets its own socket', async () => {
    // The answer and the server's FIN arrive together; the next request may go out before the 'end'.
    const { server, client } = await setup((socket) => socket.end(ok('{}')));
    await get(client);
    const deadline = startDeadline(2_000);
    const posted = await client.send({ method: 'POST', path: '/t', headers: {}, body: 'x', deadline });
    deadline.dispose();
    expect(posted.status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await get(client)).status).toBe(200);
    // The POST was the first request on its socket.
    const post = server.seen.find((s) => s.head.startsWith('POST'));
    expect(server.seen.find((s) => s.socket === post?.socket)).toBe(post);
  });

  it('does not send a POST twice', async () => {
    const { server, client } = await setup((socket, request) => {
      if (request.head.startsWith('POST')) socket.destroy();
      else socket.write(ok('{}'));
    });
    await get(client);
    const deadline = startDeadline(2_000);
    expect(
      await failureOf(client.send({ method: 'POST', path: '/t', headers: {}, body: 'x', deadline })),
    ).toBe('unreachable');
    deadline.dispose();
    expect(server.seen.filter((s) => s.head.startsWith('POST'))).toHaveLength(1);
  });

  it('closes an idle socket after idleMs, or sooner on the server’s keep-alive hint', async () => {
    const { server, client } = await setup((socket) => socket.write(ok('{}')), { idleMs: 100 });
    await get(client);
    expect(server.open()).toBe(1);
    await wait(400);
    expect(server.open()).toBe(0);

    // timeout=1 leaves nothing once the one-second margin is taken: the socket is not kept at all.
    const hinted = await setup((socket) => socket.write(ok('{}', 'keep-alive: timeout=1\r\n')));
    await get(hinted.client);
    await get(hinted.client);
    expect(hinted.server.sockets).toBe(2);
  });

  it('drops a socket that sends bytes while idle', async () => {
    const { server, client } = await setup((socket) => {
      socket.write(ok('{}'));
      setTimeout(() => socket.write('HTTP/1.1 200 OK\r\n'), 30);
    });
    await get(client);
    await wait(150);
    expect(server.open()).toBe(0);
    await get(client);
    expect(server.sockets).toBe(2);
  });

  it('close() refuses new requests and closes every socket', async () => {
    const { server, client } = await setup((socket) => socket.write(ok('{}')));
    await get(client);
    // Twice at once (shutdown and a test's cleanup, say): both resolve.
    await Promise.all([client.close(), client.close()]);
    await wait(50);
    expect(server.open()).toBe(0);
    expect(await failureOf(get(client))).toBe('unreachable');
  });
});

describe('upstream client: failures, as the proxy names them', () => {
  it('a deadline that passes while waiting for a socket: timeout, and the request is never sent', async () => {
    const { server, client } = await setup(
      (socket, _request, nth) => {
        if (nth === 0) setTimeout(() => socket.write(ok('{}')), 300);
      },
      { connections: 1 },
    );
    const first = get(client);
    expect(await failureOf(get(client, '/second', 50))).toBe('timeout');
    await first;
    await wait(50);
    expect(server.seen.map((s) => s.head.split(' ')[1])).not.toContain('/second');
  });

  it('a deadline that passes mid-answer: timeout, and the socket is dropped', async () => {
    const { server, client } = await setup((socket) =>
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n{"a"'),
    );
    expect(await failureOf(get(client, '/v3/users/1', 100))).toBe('timeout');
    await wait(50);
    expect(server.open()).toBe(0);
  });

  it('a redirect is refused, never followed', async () => {
    const { server, client } = await setup((socket) =>
      socket.write(
        'HTTP/1.1 302 Found\r\nlocation: http://127.0.0.1:1/elsewhere\r\ncontent-length: 0\r\n\r\n',
      ),
    );
    expect(await failureOf(get(client))).toBe('redirect');
    expect(server.seen).toHaveLength(1);
  });

  it('a body over the limit is refused on its declared length and on the bytes counted', async () => {
    const declared = await setup(
      (socket) => socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2000\r\n\r\n'),
      {
        maxBodyBytes: 1_000,
      },
    );
    expect(await failureOf(get(declared.client))).toBe('tooLarge');
    const counted = await setup(
      (socket) =>
        socket.write(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n7d0\r\n${'y'.repeat(2000)}\r\n`),
      { maxBodyBytes: 1_000 },
    );
    expect(await failureOf(get(counted.client))).toBe('tooLarge');
    await wait(50);
    expect(counted.server.open()).toBe(0);
  });

  it('a malformed answer is a bad response, and its socket is not reused', async () => {
    let answered = 0;
    const { server, client } = await setup((socket) =>
      socket.write(
        answered++ === 0
          ? 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n\r\n'
          : ok('{}'),
      ),
    );
    expect(await failureOf(get(client))).toBe('badResponse');
    expect((await get(client)).status).toBe(200);
    expect(server.sockets).toBe(2);
  });

  it('a body cut short by a clean close is a bad response', async () => {
    const { client } = await setup((socket) =>
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"data":'),
    );
    expect(await failureOf(get(client))).toBe('badResponse');
  });

  it('nothing listening: unreachable', async () => {
    const server = await rawServer(() => {});
    const { url } = server;
    await server.close();
    const client = clientOf({ baseUrl: url, maxBodyBytes: 1024 });
    expect(await failureOf(get(client))).toBe('unreachable');
  });
});

describe('upstream client over https', () => {
  const here = (name: string) => fileURLToPath(new URL(`../testing/${name}`, import.meta.url));
  const cert = readFileSync(here('tls-test-cert.pem'), 'utf8');
  const key = readFileSync(here('tls-test-key.pem'), 'utf8');

  async function httpsUpstream() {
    const server = createHttpsServer({ cert, key }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"secure":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return port;
  }

  it('talks TLS to an upstream whose certificate it trusts, by name', async () => {
    const port = await httpsUpstream();
    const client = clientOf({ baseUrl: new URL(`https://localhost:${port}`), maxBodyBytes: 1024, ca: cert });
    expect((await get(client)).body.toString()).toBe('{"secure":true}');
    expect((await get(client)).status).toBe(200);
  });

  it('refuses an upstream whose certificate it does not trust', async () => {
    const port = await httpsUpstream();
    const client = clientOf({ baseUrl: new URL(`https://localhost:${port}`), maxBodyBytes: 1024 });
    expect(await failureOf(get(client))).toBe('unreachable');
  });
});
