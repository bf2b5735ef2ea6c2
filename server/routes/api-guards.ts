import type { Context, MiddlewareHandler } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { identify, type Access } from '../auth/access';
import { apiError } from '../api-response';
import { rawPath, type AppEnv } from '../app-env';
import { handedOver } from '../hot-path-handoff';
import { retryAfterSeconds, type KeyedLimiter } from '../limits/sliding-window';
import type { Logger } from '../log';

/**
 * CSRF (OWASP "custom request header"): a page of another site can make a browser send a form or a
 * simple request with the user's cookie, but not one with `X-Requested-With` unless this server
 * grants it by CORS, and it grants nothing. So every /api request must carry it (any value); the
 * app's fetches do. Checked before anything else, sign-in included.
 */
export function requireRequestedWith(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.header('x-requested-with') !== undefined) return next();
    c.set('route', c.get('route') ?? '/api/*');
    return apiError(
      c,
      403,
      PROXY_ERROR_CODES.csrfHeaderMissing,
      'This API answers only the dashboard itself (the X-Requested-With header is missing).',
    );
  };
}

/**
 * Open without a principal: the configuration (the app must learn the sign-in mode before anyone
 * has signed in) and signing in or out. Everything else under /api needs a principal.
 */
function isOpen(c: Context<AppEnv>): boolean {
  const path = rawPath(c.req.url);
  if (path === '/api/config') return true;
  return path === '/api/session' && (c.req.method === 'POST' || c.req.method === 'DELETE');
}

const REFUSALS = {
  401: { code: PROXY_ERROR_CODES.unauthenticated, message: 'Sign in to use the dashboard.' },
  403: {
    code: PROXY_ERROR_CODES.forbidden,
    message: 'You are signed in, but not in a group that may use the dashboard. Ask an administrator.',
  },
} as const;

export function requirePrincipal(access: Access, logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isOpen(c)) return next();
    // Identified on the hot path already (a password session was touched once, not twice).
    const who = handedOver(c)?.identification ?? identify(c, access);
    if (who.ok) {
      c.set('principal', who.principal);
      return next();
    }
    c.set('route', c.get('route') ?? '/api/*');
    // Header mode: a request that reached us around the SSO proxy is worth knowing about.
    if (access.mode === 'header') logger.warn('header identity refused', { reason: who.reason });
    const refusal = REFUSALS[who.status];
    return apiError(c, who.status, refusal.code, refusal.message);
  };
}

/**
 * RATE_LIMIT_PER_USER_PER_MIN per principal (DASHBOARD_AUTH=none: per client address, as everyone
 * is the same anonymous manager), on every route a principal reaches except /api/session and
 * /api/config: one person's runaway tab must not spend everyone's share of the Capillary budget.
 */
export function perUserLimit(
  limiter: KeyedLimiter,
  keyOf: (c: Context<AppEnv>) => string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = rawPath(c.req.url);
    if (path === '/api/config' || path === '/api/session') return next();
    // The hot path took this request's slot already (the same limiter): not twice.
    if (handedOver(c)) return next();
    const verdict = limiter.take(keyOf(c));
    if (verdict.ok) return next();
    c.set('route', c.get('route') ?? '/api/*');
    return apiError(
      c,
      429,
      PROXY_ERROR_CODES.rateLimited,
      'You are sending requests faster than the dashboard allows. Wait a moment, then try again.',
      { 'retry-after': retryAfterSeconds(verdict.retryAfterMs) },
    );
  };
}
