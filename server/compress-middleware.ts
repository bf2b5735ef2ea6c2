import type { MiddlewareHandler } from 'hono';

import { chooseEncoding, COMPRESS_MIN_BYTES, compressBody } from './compress';

/** Compresses an /api answer of at least COMPRESS_MIN_BYTES when the client accepts br or gzip. */
export function compressApiAnswer(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    const res = c.res;
    if (!encoding || !res.body || res.headers.has('content-encoding') || c.req.method === 'HEAD') return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.append('vary', 'Accept-Encoding');
    if (body.byteLength < COMPRESS_MIN_BYTES) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const packed = await compressBody(body, encoding);
    headers.set('content-encoding', encoding);
    headers.set('content-length', String(packed.byteLength));
    c.res = new Response(Uint8Array.from(packed), { status: res.status, headers });
  };
}
