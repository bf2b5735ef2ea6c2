import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files up to this size are kept in memory with their compressed variants (dist/ is ~0.5 MB). */
export const CACHE_MAX_FILE_BYTES = 2 * 1024 * 1024;
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|txt|map|webmanifest|xml)$/;

export type Encoding = 'br' | 'gzip' | 'identity';

type CachedFile = {
  version: string;
  raw: Promise<Buffer>;
  encoded: Partial<Record<'br' | 'gzip', Promise<Buffer>>>;
};

export const isCompressible = (file: string) => COMPRESSIBLE.test(file);

/** Picks br, then gzip, from Accept-Encoding; a `q=0` entry means "not this one". */
export function pickEncoding(acceptEncoding: string | undefined, file: string): Encoding {
  if (!acceptEncoding || !isCompressible(file)) return 'identity';
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

/** br or gzip of a file's bytes, at the levels every answer of the static cache uses. */
export function compressFile(raw: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipAsync(raw, { level: 6 });
}

/**
 * The built files in memory, each compressed once (off the main thread; at start when the server warms
 * the cache, else on first request) instead of on every request: the SPA's bundle is the same bytes for
 * every visitor until the next build. `compress` is for tests that count compressions.
 */
export function createFileCache({ compress = compressFile }: { compress?: typeof compressFile } = {}) {
  const files = new Map<string, CachedFile>();

  function entry(file: string, info: Stats): CachedFile {
    const version = `${info.size}-${info.mtimeMs}`;
    const cached = files.get(file);
    if (cached && cached.version === version) return cached;
    const fresh: CachedFile = { version, raw: readFile(file), encoded: {} };
    // A read that fails (file removed mid-build) must not stay cached.
    fresh.raw.catch(() => files.delete(file));
    files.set(file, fresh);
    return fresh;
  }

  return {
    async read(file: string, info: Stats, encoding: Encoding): Promise<Buffer> {
      const cached = entry(file, info);
      if (encoding === 'identity') return cached.raw;
      cached.encoded[encoding] ??= cached.raw.then((raw) => compress(raw, encoding));
      return cached.encoded[encoding];
    },
  };
}
