import type { MiddlewareHandler } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { apiError } from '../api-response';
import { isApiPath, rawPath, type AppEnv } from '../app-env';

/**
 * A GET or HEAD with a body is refused (400): no route reads one, and a body the server does not read
 * is how requests are smuggled past proxies that disagree about where it ends. The connection is
 * closed after the answer rather than left to drain the unread body.
 */
export function refuseBodyOnRead(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const length = c.req.header('content-length');
    const chunked = c.req.header('transfer-encoding');
    if ((length === undefined || length.trim() === '0') && chunked === undefined) return next();
    c.set('route', '(body on GET)');
    const close = { connection: 'close' };
    if (isApiPath(rawPath(c.req.url))) {
      return apiError(
        c,
        400,
        PROXY_ERROR_CODES.invalidRequest,
        `A ${method} request must not have a body.`,
        close,
      );
    }
    return new Response('A GET request must not have a body.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...close },
    });
  };
}
