import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chooseEncoding, COMPRESS_MIN_BYTES } from './compress';
import { startEmbeddedDemo, type EmbeddedDemo } from './demo-upstream';
import { startProxy, type ProxyHarness } from './testing/proxy-harness';
import { fromSso, headerAccess } from './testing/users';

describe('chooseEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;Q=0.5', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, br;q=0', null],
  ] as const)('%o → %o', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

// The real demo upstream: its largest member is the 1 MB answer compression is for.
let demo: EmbeddedDemo;
let proxy: ProxyHarness;

beforeAll(async () => {
  demo = await startEmbeddedDemo(new Date('2026-11-25T00:00:00Z'));
  proxy = await startProxy({ upstreamUrl: String(demo.baseUrl), auth: demo.auth, access: headerAccess() });
}, 30_000);
afterAll(async () => {
  await proxy?.close();
  await demo?.close();
});

const MANAGER = ['maria@example.com', 'loyalty-managers'] as const;
const STAFF = ['sam@example.com', 'store-staff'] as const;

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One GET over plain node:http: the bytes and headers exactly as sent, nothing decoded. */
function rawGet(path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${proxy.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const MEMBER = '/api/v3/users/900000015/targetGroups?includeInactive=true';

const WHO: [string, Record<string, string>][] = [
  ['a manager (answered on the hot path)', fromSso(...MANAGER)],
  ['staff (answered by the app, masked)', fromSso(...STAFF)],
];

describe.each(WHO)('compressed answers for %s', (_, sso) => {
  it('br for a browser that accepts it, gzip for one that accepts only gzip, the same JSON either way', async () => {
    const plain = await rawGet(MEMBER, sso);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.byteLength).toBeGreaterThanOrEqual(COMPRESS_MIN_BYTES);

    const br = await rawGet(MEMBER, { ...sso, 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);
    // 60 groups × 24 cycles of JSON: about a megabyte, a few dozen kilobytes on the wire.
    expect(plain.body.byteLength).toBeGreaterThan(900_000);
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 10);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gzip = await rawGet(MEMBER, { ...sso, 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.headers['cache-control']).toBe('no-store');
  });
});

it('a small answer goes as it is, even to a browser that accepts compression', async () => {
  const res = await rawGet('/api/session', { ...fromSso(...MANAGER), 'accept-encoding': 'br' });
  expect(res.status).toBe(200);
  expect(res.body.byteLength).toBeLessThan(COMPRESS_MIN_BYTES);
  expect(res.headers['content-encoding']).toBeUndefined();
  expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ data: { username: 'maria@example.com' } });
});
