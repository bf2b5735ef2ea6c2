import type { Principal } from './auth/access';

/** Per-request facts the handlers leave for the one request log line. */
export type AppEnv = {
  Variables: {
    /** Who is asking, set by the access middleware on every /api route that needs someone. */
    principal: Principal | undefined;
    /** The route pattern (never the raw path, which may carry a member id). */
    route: string | undefined;
    upstreamStatus: number | undefined;
    errorCode: string | undefined;
    /** Logged at debug only. */
    userId: string | undefined;
  };
};

/**
 * The request path exactly as sent (still percent-encoded). Validation reads this, not Hono's
 * decoded path or params, so `%31` is not mistaken for `1`.
 */
export function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return '/';
  let end = url.length;
  const query = url.indexOf('?', start);
  if (query !== -1) end = query;
  const hash = url.indexOf('#', start);
  if (hash !== -1 && hash < end) end = hash;
  return url.slice(start, end);
}

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
