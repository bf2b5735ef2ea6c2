import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from './app';
import { warmCache } from './static';
import { compressFile, createFileCache } from './static-files';
import { captureLogs } from './testing/capture-logger';
import { recordingSource } from './testing/recording-source';

const INDEX =
  '<!doctype html><title>Member Progress</title><script type="module" src="/assets/index-abc123.js"></script>';
const SCRIPT = 'console.log("app")';

let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'mp-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(() => rm(dist, { recursive: true, force: true }));

function app(staticRoot: string | null) {
  const source = recordingSource({ outcome: 'failed', failure: 'failed' });
  return createApp({ source, logger: captureLogs().logger, staticRoot });
}

describe('the built SPA', () => {
  it('serves index.html at / with no-cache', async () => {
    const res = await app(dist).request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(INDEX);
  });

  it('serves hashed assets as immutable for a year', async () => {
    const res = await app(dist).request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(SCRIPT);
  });

  it("a member page's HTML asks the browser to preload the member page's code; other pages do not", async () => {
    const chunk = path.join(dist, 'assets', 'member-route-Zx9_q-1.js');
    await writeFile(chunk, 'export {}');
    try {
      for (const p of ['/members/123', '/members/64035151/', '/members/64035151?includeInactive=true']) {
        const res = await app(dist).request(p);
        expect(res.headers.get('link')).toBe('</assets/member-route-Zx9_q-1.js>; rel=modulepreload');
      }
      for (const p of ['/', '/index.html', '/members', '/members/1/x', '/assets/index-abc123.js']) {
        expect((await app(dist).request(p)).headers.get('link')).toBeNull();
      }
      // Two candidates (a stale copy left beside the new one): no guess.
      await writeFile(path.join(dist, 'assets', 'member-route-Other1.js'), 'export {}');
      expect((await app(dist).request('/members/123')).headers.get('link')).toBeNull();
      await rm(path.join(dist, 'assets', 'member-route-Other1.js'));
    } finally {
      await rm(chunk);
    }
    expect((await app(dist).request('/members/123')).headers.get('link')).toBeNull();
  });

  it('serves other files (favicon) revalidated', async () => {
    const res = await app(dist).request('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it.each(['/members/123', '/members/64035151?tab=streaks', '/some/deep/link', '/index.html'])(
    'falls back to index.html for %s',
    async (p) => {
      const res = await app(dist).request(p);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
    },
  );

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ] as const)('compresses for Accept-Encoding: %s', async (accept, encoding, decode) => {
    const res = await app(dist).request('/assets/index-abc123.js', {
      headers: { 'accept-encoding': accept },
    });
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(decode(Buffer.from(await res.arrayBuffer())).toString()).toBe(SCRIPT);
  });

  it('sends identity when compression is refused (q=0) or not asked for', async () => {
    for (const accept of ['br;q=0, gzip;q=0', 'identity']) {
      const res = await app(dist).request('/', { headers: { 'accept-encoding': accept } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await app(dist).request('/assets/index-abc123.js');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app(dist).request('/assets/index-abc123.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('a missing hashed asset is a 404, not index.html run as a script', async () => {
    const res = await app(dist).request('/assets/index-stale999.js');
    expect(res.status).toBe(404);
  });

  it('never serves a file outside dist/', async () => {
    const res = await app(dist).request('/..%2f..%2f..%2fetc%2fpasswd');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('root:');
  });

  it('refuses other methods with 405', async () => {
    const res = await app(dist).request('/members/1', { method: 'POST' });
    expect(res.status).toBe(405);
  });

  it.each([null, '/definitely/not/a/dist'])(
    'without a build (%s), / says to run npm run build',
    async (root) => {
      const res = await app(root).request('/');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toContain('npm run build');
    },
  );
});

describe('the static files warmed at start', () => {
  it('compresses every compressible file once, in br and gzip, so no request waits for it', async () => {
    const compressed: string[] = [];
    const cache = createFileCache({
      compress: (raw, encoding) => {
        compressed.push(encoding);
        return compressFile(raw, encoding);
      },
    });
    await writeFile(path.join(dist, 'assets', 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    try {
      // index.html, assets/index-abc123.js, favicon.svg; not the picture.
      expect(await warmCache(dist, cache)).toBe(3);
      expect(compressed).toEqual(['br', 'gzip', 'br', 'gzip', 'br', 'gzip']);

      const script = path.join(dist, 'assets', 'index-abc123.js');
      const info = await stat(script);
      const br = await cache.read(script, info, 'br');
      const gz = await cache.read(script, info, 'gzip');
      expect(compressed).toHaveLength(6);
      expect(brotliDecompressSync(br).toString()).toBe(SCRIPT);
      expect(gunzipSync(gz).toString()).toBe(SCRIPT);
    } finally {
      await rm(path.join(dist, 'assets', 'picture.png'));
    }
  });

  it('warms nothing, and fails nothing, for a folder that is not there', async () => {
    expect(await warmCache(path.join(dist, 'no-such-folder'), createFileCache())).toBe(0);
  });
});
