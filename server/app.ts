import { Hono, type Context } from 'hono';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { apiError, apiJson } from './api-response';
import { isApiPath, rawPath, type AppEnv } from './app-env';
import { discardAudit, type AuditLog } from './audit';
import type { Access } from './auth/access';
import { createCheckQueue } from './auth/sign-in';
import { DEFAULTS } from './config';
import { createHotPath, type HotPath } from './hot-path';
import { createKeyedLimiter } from './limits/sliding-window';
import { describeError, type Logger } from './log';
import { requestLog } from './request-log';
import { perUserLimit, requirePrincipal, requireRequestedWith } from './routes/api-guards';
import { apiRoutes, type DemoMember } from './routes/api';
import { clientAddress } from './security/client';
import { securityHeaders } from './security/headers';
import { refuseBodyOnRead } from './security/request-limits';
import { createStaticHandler } from './static';
import type { MemberTargetsSource } from './upstream/source';
import { compressApiAnswer } from './compress-middleware';

export type { DemoMember } from './routes/api';

export type AppDeps = {
  /** Where member targets come from (Capillary over HTTP, or any later source). */
  source: MemberTargetsSource;
  logger: Logger;
  /** The embedded demo's catalog when the demo upstream is in use; null or absent otherwise. */
  demoMembers?: readonly DemoMember[] | null;
  /** The built SPA (dist/); null or absent: every page says to run `npm run build`. */
  staticRoot?: string | null;
  /** Compress the SPA's files once, in the background, at start (the server does; tests need not). */
  warmStatic?: boolean;
  /** Who may use the dashboard (DASHBOARD_AUTH); absent: `none`, everyone a manager. */
  access?: Access;
  /** The audit trail of member views; absent: discarded. */
  audit?: AuditLog;
  /** RATE_LIMIT_PER_USER_PER_MIN. */
  ratePerUserPerMin?: number;
  /** TRUST_PROXY: believe X-Forwarded-For / -Proto (header mode: from a secret-bearing request anyway). */
  trustProxy?: boolean;
  /** Milliseconds clock for the per-user limit (tests). */
  now?: () => number;
};

const HEALTHY = JSON.stringify({ status: 'ok' });

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The whole HTTP surface: /healthz, /api (JSON envelope only) and the SPA. Listening is index.ts's
 * job; over a real socket (listen.ts) `hotPath` answers a manager's found member first (hot-path.ts),
 * with the same checks and shared state, and hands everything else to the app.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> & { hotPath: HotPath } {
  const { logger } = deps;
  const access: Access = deps.access ?? { mode: 'none' };
  const audit = deps.audit ?? discardAudit;
  const now = deps.now ?? Date.now;
  const trusted = (c: Context) =>
    deps.trustProxy === true ||
    (access.mode === 'header' && access.identity.trusted((name) => c.req.header(name)));
  const address = (c: Context) => clientAddress(c, trusted);
  const app = new Hono<AppEnv>();

  app.use('*', requestLog(logger));
  app.use('*', securityHeaders(trusted));
  // A path that is not valid percent-encoding is refused before any route tries to decode it.
  app.use('*', async (c, next) => {
    const path = rawPath(c.req.url);
    if (!path.includes('%') || isDecodable(path)) return next();
    c.set('route', '(malformed path)');
    if (isApiPath(path)) {
      return apiError(c, 400, PROXY_ERROR_CODES.invalidRequest, 'The path is not valid percent-encoding.');
    }
    return new Response('Malformed path.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    });
  });

  app.use('*', refuseBodyOnRead());
  // Outermost of the /api middleware: compresses whatever answer the routes and guards below make.
  app.use('/api/*', compressApiAnswer());

  app.all('/healthz', (c) => {
    c.set('route', '/healthz');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return apiError(c, 405, PROXY_ERROR_CODES.methodNotAllowed, 'Only GET is allowed here.', {
        allow: 'GET',
      });
    }
    return apiJson(200, HEALTHY);
  });
  app.use('/api/*', requireRequestedWith());
  app.use('/api/*', requirePrincipal(access, logger));
  const limiter = createKeyedLimiter(deps.ratePerUserPerMin ?? DEFAULTS.ratePerUserPerMin, 60_000, now);
  app.use(
    '/api/*',
    perUserLimit(limiter, (c) => {
      const principal = c.get('principal');
      return access.mode === 'none' || !principal ? `address:${address(c)}` : `user:${principal.username}`;
    }),
  );
  app.route(
    '/api',
    apiRoutes({
      source: deps.source,
      demoMembers: deps.demoMembers ?? null,
      access,
      audit,
      logger,
      clientAddress: address,
      checks: createCheckQueue(),
    }),
  );
  app.all('*', createStaticHandler(deps.staticRoot ?? null, { warm: deps.warmStatic ?? false }));

  app.onError((err, c) => {
    logger.error('unhandled error', { route: c.get('route'), ...describeError(err, true) });
    if (isApiPath(rawPath(c.req.url))) {
      return apiError(c, 500, PROXY_ERROR_CODES.internal, 'The dashboard server failed unexpectedly.');
    }
    c.set('errorCode', PROXY_ERROR_CODES.internal);
    return new Response('The dashboard server failed unexpectedly.', {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    });
  });
  const hotPath = createHotPath({
    source: deps.source,
    access,
    audit,
    logger,
    limiter,
    trustProxy: deps.trustProxy === true,
  });
  return Object.assign(app, { hotPath });
}
