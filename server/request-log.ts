import type { MiddlewareHandler } from 'hono';

import type { AppEnv } from './app-env';
import type { Logger, LogLevel } from './log';

/**
 * One line per request. 5xx lines are `warn` (500, our own fault, `error`) so LOG_LEVEL=warn keeps
 * exactly the failures. The member id is left out unless LOG_LEVEL=debug; the query string and every
 * header are never logged.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const level: LogLevel = status === 500 ? 'error' : status >= 500 ? 'warn' : 'info';
    if (!logger.enabled(level)) return;
    logger.log(level, 'request', {
      method: c.req.method,
      route: c.get('route') ?? '(unmatched)',
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      upstreamStatus: c.get('upstreamStatus'),
      error: c.get('errorCode'),
      userId: logger.enabled('debug') ? c.get('userId') : undefined,
    });
  };
}
