import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Compression of /api answers for browsers that accept it. The largest member is 1 MB of JSON: 45 kB
 * with brotli at quality 4 (about 7 ms of a worker thread, off the event loop), 79 kB with gzip at level
 * 1 (4 ms). Small answers go as they are. An answer shared by requests in flight (coalescing) is
 * compressed once per encoding. Clients that send no Accept-Encoding (the benchmark's load generator,
 * most tools) get the plain body.
 */
export const COMPRESS_MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** br when the client accepts it, else gzip, else null; `q=0` refuses an encoding, `*` accepts any. */
export function chooseEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

const compressed = new WeakMap<Uint8Array, Map<Encoding, Promise<Buffer>>>();

/** The body in `encoding`; the same body object is compressed once per encoding. */
export function compressBody(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  let byEncoding = compressed.get(body);
  if (!byEncoding) {
    byEncoding = new Map();
    compressed.set(body, byEncoding);
  }
  let pending = byEncoding.get(encoding);
  if (!pending) {
    pending =
      encoding === 'br'
        ? brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
            },
          })
        : gzipAsync(body, { level: 1 });
    byEncoding.set(encoding, pending);
  }
  return pending;
}
