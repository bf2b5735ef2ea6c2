import { connect, type Socket } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { readPlainGet } from './front-door';
import { listen, type Listening } from './listen';
import { captureLogs } from './testing/capture-logger';
import { startHotPathApp } from './testing/hot-path-app';
import { MEMBER_BODY, type FaultyUpstream } from './testing/faulty-upstream';
import { fromSso } from './testing/users';
import type { createResilientSource } from './upstream/resilient-source';

/**
 * The front door (front-door.ts) reads plain member GETs off the socket and gives every other
 * connection to Node's HTTP server. These tests talk raw HTTP/1.1 to a real server, so the bytes on
 * the wire (keep-alive, pipelining, a head cut in two, Connection: close) are the test's to choose.
 */
const MANAGER = fromSso('maria@example.com', 'loyalty-managers');
const STAFF = fromSso('sam@example.com', 'store-staff');

const head = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
const memberGet = (id: number, headers: Record<string, string> = MANAGER, extra: string[] = []) =>
  head([
    `GET /api/v3/users/${id}/targetGroups HTTP/1.1`,
    'Host: 127.0.0.1',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ...extra,
  ]);

describe('readPlainGet: what the front door reads itself', () => {
  const plain = [
    'GET /api/v3/users/64035151/targetGroups?includeInactive=true HTTP/1.1',
    'Host: a',
    'X-Requested-With: f',
  ];
  const read = (lines: string[]) => readPlainGet(head(lines), 16 * 1024);

  it('reads the plain shape: the path as sent, names in lower case, values trimmed', () => {
    expect(read([...plain, 'Accept-Encoding:  br, gzip '])).toEqual({
      url: '/api/v3/users/64035151/targetGroups?includeInactive=true',
      headers: { host: 'a', 'x-requested-with': 'f', 'accept-encoding': 'br, gzip' },
      close: false,
    });
    expect(read([...plain, 'Connection: keep-alive, Close'])?.close).toBe(true);
  });

  it.each<[string, string[]]>([
    ['HTTP/1.0', ['GET /api/v3/users/1/targetGroups HTTP/1.0', 'Host: a']],
    ['another method', ['POST /api/v3/users/1/targetGroups HTTP/1.1', 'Host: a']],
    ['another path', ['GET /healthz HTTP/1.1', 'Host: a']],
    ['an absolute target', ['GET http://a/api/v3/users/1/targetGroups HTTP/1.1', 'Host: a']],
    ['no Host', ['GET /api/v3/users/1/targetGroups HTTP/1.1', 'X-Requested-With: f']],
    ['a header twice', [...plain, 'x-requested-with: g']],
    ['a header named like an Object property', [...plain, 'Constructor: x']],
    ['a header named __proto__', [...plain, '__proto__: x']],
    ['a blank line inside the head', [...plain.slice(0, 2), '', 'X-Requested-With: f']],
    ['a body (Content-Length)', [...plain, 'Content-Length: 0']],
    ['a body (Transfer-Encoding)', [...plain, 'Transfer-Encoding: chunked']],
    ['Expect', [...plain, 'Expect: 100-continue']],
    ['an upgrade', [...plain, 'Connection: Upgrade', 'Upgrade: websocket']],
    ['a folded line', [...plain, ' folded']],
    ['a space before the colon', [...plain, 'X-A : 1']],
    ['a bare LF', [...plain, 'X-A: 1\nX-B: 2']],
    ['a byte past ASCII', [...plain, 'X-Name: Zo\u00eb']],
    ['a control character', [...plain, 'X-A: a\u0001b']],
    [
      'more header lines than a browser sends',
      [...plain, ...Array.from({ length: 64 }, (_, i) => `X-${i}: v`)],
    ],
  ])('leaves to Node: %s', (_name, lines) => {
    expect(read(lines)).toBeNull();
  });

  it('leaves to Node a head cut short, a second request after it, or one over the size limit', () => {
    const whole = head(plain);
    expect(readPlainGet(whole.subarray(0, whole.length - 2), 16 * 1024)).toBeNull();
    expect(readPlainGet(Buffer.concat([whole, whole]), 16 * 1024)).toBeNull();
    expect(readPlainGet(whole, whole.length - 1)).toBeNull();
  });
});

describe('the front door on a real socket', () => {
  let upstream: FaultyUpstream;
  let server: Listening;
  let source: ReturnType<typeof createResilientSource>;
  const auditLines: string[] = [];
  const logs = captureLogs('warn');
  let app: Awaited<ReturnType<typeof startHotPathApp>>['app'];

  beforeAll(async () => {
    ({ upstream, source, app } = await startHotPathApp(logs, auditLines));
    server = await listen(app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close(100);
    await source?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    upstream.behaviour = 'ok';
    auditLines.length = 0;
  });

  type Conversation = { socket: Socket; text: () => string; closed: Promise<void> };
  async function open(target: Listening = server): Promise<Conversation> {
    const socket = connect(target.port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    return { socket, text: () => received, closed };
  }
  const statuses = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
  const audited = () => auditLines.map((line) => (JSON.parse(line) as { memberId: string }).memberId);

  it('answers one keep-alive connection request after request, as Node would', async () => {
    const c = await open();
    for (const id of [101, 102, 103]) {
      c.socket.write(memberGet(id));
      await expect.poll(() => statuses(c.text()).length).toBe(id - 100);
    }
    expect(statuses(c.text())).toEqual([200, 200, 200]);
    expect(c.text()).toMatch(/\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n/);
    expect(c.text().split(MEMBER_BODY)).toHaveLength(4);
    expect(audited()).toEqual(['101', '102', '103']);
    c.socket.destroy();
  });

  it('gives pipelined requests to Node, which answers them in order', async () => {
    const c = await open();
    c.socket.write(
      Buffer.concat([memberGet(201), memberGet(202), head(['GET /healthz HTTP/1.1', 'Host: a'])]),
    );
    await expect.poll(() => statuses(c.text()).length).toBe(3);
    expect(statuses(c.text())).toEqual([200, 200, 200]);
    expect(c.text().trimEnd().endsWith('{"status":"ok"}')).toBe(true);
    expect(audited()).toEqual(['201', '202']);
    c.socket.destroy();
  });

  it('gives Node a head that arrives in two pieces', async () => {
    const c = await open();
    const bytes = memberGet(301);
    c.socket.write(bytes.subarray(0, 20));
    await new Promise((r) => setTimeout(r, 30));
    c.socket.write(bytes.subarray(20));
    await expect.poll(() => statuses(c.text())).toEqual([200]);
    c.socket.destroy();
  });

  it('hands a connection to Node between requests: its own answer, then a different route, then Node again', async () => {
    const c = await open();
    c.socket.write(memberGet(401));
    await expect.poll(() => statuses(c.text()).length).toBe(1);
    c.socket.write(head(['GET /healthz HTTP/1.1', 'Host: a']));
    await expect.poll(() => statuses(c.text()).length).toBe(2);
    c.socket.write(memberGet(402, STAFF));
    c.socket.write(memberGet(403));
    await expect.poll(() => statuses(c.text()).length).toBe(4);
    expect(statuses(c.text())).toEqual([200, 200, 200, 200]);
    expect(audited()).toEqual(['401', '402', '403']);
    c.socket.destroy();
  });

  it('hands over a request the app must answer (a staff user), and the connection carries on', async () => {
    upstream.behaviour = 'personal';
    const c = await open();
    c.socket.write(memberGet(501, STAFF));
    await expect.poll(() => statuses(c.text()).length).toBe(1);
    expect(c.text()).not.toContain('919988221100');
    upstream.behaviour = 'ok';
    c.socket.write(memberGet(502));
    await expect.poll(() => statuses(c.text()).length).toBe(2);
    expect(statuses(c.text())).toEqual([200, 200]);
    c.socket.destroy();
  });

  it('honours Connection: close: says so and closes the connection', async () => {
    const c = await open();
    c.socket.write(memberGet(601, MANAGER, ['Connection: close']));
    await c.closed;
    expect(statuses(c.text())).toEqual([200]);
    expect(c.text()).toContain('\r\nConnection: close\r\n');
  });

  it('closes the connection after Connection: close even when the client keeps its side open', async () => {
    const socket = connect({ port: server.port, host: '127.0.0.1', allowHalfOpen: true });
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.on('data', () => {});
    // The drip below may meet the server's close (EPIPE): that is the point.
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(memberGet(611, MANAGER, ['Connection: close']));
    // A byte now and then would keep an idle timer from ever firing.
    const drip = setInterval(() => socket.writable && socket.write('x'), 100);
    try {
      await closed;
    } finally {
      clearInterval(drip);
    }
  });

  it('answers a client that does not read its answers without holding them all (Node takes over)', async () => {
    const c = await open();
    c.socket.pause();
    const sent = 120;
    for (let i = 0; i < sent; i++) {
      c.socket.write(memberGet(800 + i));
      await new Promise((r) => setTimeout(r, 3));
    }
    c.socket.resume();
    await expect.poll(() => statuses(c.text()).length, { timeout: 10_000 }).toBe(sent);
    expect(audited()).toEqual(Array.from({ length: sent }, (_, i) => String(800 + i)));
    c.socket.destroy();
  });

  it('closes a connection left idle for the keep-alive timeout, and stops at once when idle', async () => {
    const quick = await listen(app, { port: 0, host: '127.0.0.1', limits: { keepAliveTimeoutMs: 200 } });
    const c = await open(quick);
    c.socket.write(memberGet(701));
    await expect.poll(() => statuses(c.text()).length).toBe(1);
    const idleSince = Date.now();
    await c.closed;
    // As Node 20: kept a second past the announced timeout (200 ms here), then closed.
    expect(Date.now() - idleSince).toBeGreaterThanOrEqual(1_000);
    expect(Date.now() - idleSince).toBeLessThan(5_000);

    const d = await open(quick);
    d.socket.write(memberGet(702));
    await expect.poll(() => statuses(d.text()).length).toBe(1);
    const stopping = Date.now();
    await quick.close(10_000);
    await d.closed;
    // An idle keep-alive connection does not hold the shutdown for its grace period (10 s).
    expect(Date.now() - stopping).toBeLessThan(5_000);
  });
});
