import type { MiddlewareHandler } from 'hono';

import type { AppEnv } from './app-env';
import { handedOver } from './hot-path-handoff';
import type { Logger, LogLevel } from './log';

/**
 * One line per request. 5xx lines are `warn` (500, our own fault, `error`) so LOG_LEVEL=warn keeps
 * exactly the failures. The member id is left out unless LOG_LEVEL=debug; the query string and every
 * header are never logged.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = handedOver(c)?.started ?? performance.now();
    await next();
    logRequest(logger, {
      method: c.req.method,
      route: c.get('route'),
      status: c.res.status,
      started,
      upstreamStatus: c.get('upstreamStatus'),
      errorCode: c.get('errorCode'),
      userId: c.get('userId'),
    });
  };
}

export type RequestFacts = {
  method: string;
  route: string | undefined;
  status: number;
  /** performance.now() when the request arrived. */
  started: number;
  upstreamStatus: number | undefined;
  errorCode: string | undefined;
  userId: string | undefined;
};

/** The one request line, for the app and for the hot path alike. */
export function logRequest(logger: Logger, facts: RequestFacts): void {
  const { status } = facts;
  const level: LogLevel = status === 500 ? 'error' : status >= 500 ? 'warn' : 'info';
  if (!logger.enabled(level)) return;
  logger.log(level, 'request', {
    method: facts.method,
    route: facts.route ?? '(unmatched)',
    status,
    durationMs: Math.round((performance.now() - facts.started) * 10) / 10,
    upstreamStatus: facts.upstreamStatus,
    error: facts.errorCode,
    userId: logger.enabled('debug') ? facts.userId : undefined,
  });
}
