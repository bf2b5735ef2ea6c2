import { createReadStream, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';

import { rawPath, type AppEnv } from './app-env';
import { CACHE_MAX_FILE_BYTES, createFileCache, isCompressible, pickEncoding } from './static-files';

/** Vite names everything under /assets/ by content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files (favicon): always revalidated, so a deploy is seen at once. */
const REVALIDATE = 'no-cache';

const NOT_BUILT =
  'Member Progress has not been built yet: run `npm run build` (or `npm start`, which builds first), then reload.';

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  });
}

async function fileAt(target: string): Promise<Stats | null> {
  try {
    const s = await stat(target);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

export type FileCache = ReturnType<typeof createFileCache>;

async function sendFile(
  c: Context<AppEnv>,
  cache: FileCache,
  file: string,
  info: Stats,
  cacheControl: string,
  extra: Record<string, string> = {},
) {
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'content-type': getMimeType(file) ?? 'application/octet-stream',
    'cache-control': cacheControl,
    etag,
    'last-modified': info.mtime.toUTCString(),
    'x-content-type-options': 'nosniff',
    // CSP, framing and referrer rules for HTML: security/headers.ts, on every response.
    ...(isCompressible(file) ? { vary: 'Accept-Encoding' } : {}),
    ...extra,
  };
  const inm = c.req.header('if-none-match');
  if (inm && (inm.trim() === '*' || inm.split(',').some((t) => t.trim() === etag))) {
    return new Response(null, { status: 304, headers });
  }
  if (c.req.method === 'HEAD') {
    return new Response(null, { status: 200, headers: { ...headers, 'content-length': String(info.size) } });
  }
  if (info.size > CACHE_MAX_FILE_BYTES) {
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, { headers });
  }
  const encoding = pickEncoding(c.req.header('accept-encoding'), file);
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  const body = await cache.read(file, info, encoding);
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers,
  });
}

/** The member page's chunk, as Vite names it (`[name]-[hash].js`, from src/app/routes/member-route.tsx). */
const MEMBER_CHUNK = /^member-route-[\w-]+\.js$/;
const MEMBER_PAGE = /^\/members\/[^/]+\/?$/;

/**
 * The `Link` header of a member page's HTML: the browser starts fetching and compiling the member page's
 * code with the HTML, not after the app's code has run (docs/decisions/019). Looked up once per build
 * (index.html's identity); none when the build has no such chunk, or more than one.
 */
function memberPreload(assetsDir: string) {
  // The lookup itself is kept, so requests arriving while it runs share it rather than each read the folder.
  let known: { build: string; link: Promise<string | null> } | null = null;
  return (build: string): Promise<string | null> => {
    if (known?.build !== build) {
      const link = readdir(assetsDir)
        .catch(() => [])
        .then((files) => {
          const chunks = files.filter((f) => MEMBER_CHUNK.test(f));
          return chunks.length === 1 ? `</assets/${chunks[0]}>; rel=modulepreload` : null;
        });
      known = { build, link };
    }
    return known.link;
  };
}

/**
 * Compresses every file a browser may ask for (br and gzip) once, in the background, right after start:
 * without it the first visitor after a start or a deploy waited for the compression of the main chunk
 * (about 140 ms here on a busy machine, against 3 ms once kept). One file at a time, so the start-up
 * does not compete with the first requests for every core; a file that cannot be read is left to the
 * request path, which tries again. Resolves when done (tests wait for it).
 */
export async function warmCache(rootDir: string, cache: FileCache): Promise<number> {
  let warmed = 0;
  let entries: string[];
  try {
    entries = await readdir(rootDir, { recursive: true });
  } catch {
    return warmed;
  }
  for (const entry of entries.sort()) {
    const file = path.join(rootDir, entry);
    if (!isCompressible(file)) continue;
    const info = await fileAt(file);
    if (!info || info.size > CACHE_MAX_FILE_BYTES) continue;
    try {
      await cache.read(file, info, 'br');
      await cache.read(file, info, 'gzip');
      warmed += 1;
    } catch {
      // Left to the request path.
    }
  }
  return warmed;
}

/**
 * The built SPA (dist/) on the proxy's port. A path that is not a file gets index.html so deep links
 * (/members/123) load the app, except under /assets/: a missing hashed file (a stale tab after a
 * deploy) must fail as a 404, not run index.html as JavaScript.
 */
export function createStaticHandler(root: string | null, { warm = false }: { warm?: boolean } = {}) {
  const rootDir = root === null ? null : path.resolve(root);
  const cache = createFileCache();
  const preload = rootDir === null ? null : memberPreload(path.join(rootDir, 'assets'));
  if (warm && rootDir !== null) setImmediate(() => void warmCache(rootDir, cache));
  return async (c: Context<AppEnv>): Promise<Response> => {
    c.set('route', '/*');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return text(405, 'Method not allowed.', { allow: 'GET, HEAD' });
    }
    if (rootDir === null) return text(503, NOT_BUILT);
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath(c.req.url));
    } catch {
      return text(400, 'Malformed path.');
    }
    if (decoded.includes('\0')) return text(400, 'Malformed path.');
    const target = path.resolve(rootDir, `.${decoded}`);
    if (target !== rootDir && !target.startsWith(rootDir + path.sep)) return text(404, 'Not found.');
    const isAsset = decoded.startsWith('/assets/');
    const info = await fileAt(target);
    if (info) return sendFile(c, cache, target, info, isAsset ? IMMUTABLE : REVALIDATE);
    if (isAsset) return text(404, 'Not found.');
    const indexFile = path.join(rootDir, 'index.html');
    const index = await fileAt(indexFile);
    if (!index) return text(503, NOT_BUILT);
    const link =
      preload && MEMBER_PAGE.test(decoded) ? await preload(`${index.size}-${index.mtimeMs}`) : null;
    return sendFile(c, cache, indexFile, index, REVALIDATE, link ? { link } : {});
  };
}
