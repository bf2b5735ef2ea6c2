import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from './app';
import { listen, SERVER_LIMITS, type Listening } from './listen';
import { captureLogs } from './testing/capture-logger';
import { recordingSource } from './testing/recording-source';

// The Node server's own limits, over real sockets on 127.0.0.1. The timeouts are shortened for the
// test (the production values are in SERVER_LIMITS); every wait below is bounded.
const OK_BODY = new TextEncoder().encode('{"data":{"userId":1},"errors":null,"warnings":null}');
let server: Listening;
let port: number;

beforeAll(async () => {
  const source = recordingSource({ outcome: 'found', status: 200, body: OK_BODY, upstreamStatus: 200 });
  const app = createApp({ source, logger: captureLogs().logger });
  server = await listen(app, {
    port: 0,
    host: '127.0.0.1',
    limits: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, checkIntervalMs: 200 },
  });
  port = server.port;
});
afterAll(() => server.close(100));

/** Resolves with what the server sent once it closes the socket, or 'still open' after `boundMs`. */
function untilClosed(
  socket: Socket,
  boundMs: number,
): Promise<{ closedAfterMs: number; received: string } | 'still open'> {
  const started = Date.now();
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
  return new Promise((resolve) => {
    const bound = setTimeout(() => resolve('still open'), boundMs);
    socket.once('close', () => {
      clearTimeout(bound);
      resolve({ closedAfterMs: Date.now() - started, received });
    });
  });
}

describe('the server cuts slow and oversized clients', () => {
  it('production limits are short, and checked every second', () => {
    expect(SERVER_LIMITS).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      checkIntervalMs: 1_000,
      keepAliveTimeoutMs: 5_000,
      maxHeaderBytes: 16 * 1024,
    });
  });

  it('a client that sends its headers a byte at a time is closed within seconds', async () => {
    const socket = connect(port, '127.0.0.1');
    const text = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(200);
    let i = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed && i < text.length) socket.write(text[i++] ?? '');
    }, 100);
    const outcome = await untilClosed(socket, 8_000);
    clearInterval(drip);
    socket.destroy();
    expect(outcome).not.toBe('still open');
    if (outcome !== 'still open') {
      expect(outcome.received).toMatch(/^HTTP\/1\.1 408/);
      // Still dripping when cut: it never got to finish its headers.
      expect(i).toBeLessThan(text.length);
    }
  });

  it('headers over the maximum size → 431', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/healthz', headers: { 'x-big': 'b'.repeat(20 * 1024) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(431);
  });

  it.each([
    ['Content-Length: 5\r\n\r\nhello', 'content-length'],
    ['Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n', 'chunked'],
  ])('a GET with a body (%#, %s) → 400, and the connection is closed', async (rest) => {
    for (const path of ['/api/v3/users/1/targetGroups', '/healthz', '/']) {
      const socket = connect(port, '127.0.0.1');
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Requested-With: fetch\r\n${rest}`);
      const outcome = await untilClosed(socket, 5_000);
      socket.destroy();
      expect(outcome).not.toBe('still open');
      if (outcome !== 'still open') {
        expect(outcome.received).toMatch(/^HTTP\/1\.1 400 /);
        expect(outcome.received.toLowerCase()).toContain('connection: close');
      }
    }
  });
});
