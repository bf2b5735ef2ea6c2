import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createApp } from './app';
import { createAuditLog } from './audit';
import { formatProblems } from './config';
import { startEmbeddedDemo, type EmbeddedDemo } from './demo-upstream';
import { listen } from './listen';
import { createLogger, describeError } from './log';
import { createAccess, prepare } from './startup';
import { createResilientSource } from './upstream/resilient-source';

const SHUTDOWN_GRACE_MS = 10_000;
const distDir = fileURLToPath(new URL('../dist', import.meta.url));

const startup = prepare(process.env);
if (!startup.ok) {
  console.error(formatProblems(startup.problems));
  process.exit(1);
}
const { config } = startup;
const logger = createLogger({ level: config.logLevel });

process.on('unhandledRejection', (reason) => {
  logger.error('unhandled rejection', describeError(reason, true));
});

let demo: EmbeddedDemo | null = null;
try {
  if (config.upstream.kind === 'demo') demo = await startEmbeddedDemo(config.upstream.today);
} catch (err) {
  logger.error('the embedded demo upstream did not start', describeError(err, true));
  process.exit(1);
}
const upstream = demo ?? (config.upstream.kind === 'capillary' ? config.upstream : null);
if (!upstream) throw new Error('unreachable: neither Capillary nor the demo is configured');

if (!demo && config.dashboardAuth.mode === 'none') {
  logger.warn(
    'DASHBOARD_AUTH=none with a real Capillary: anyone who can reach this server sees members as a manager. Make sure something in front restricts access.',
  );
}

const { resilience } = config;
const source = createResilientSource({
  baseUrl: upstream.baseUrl,
  auth: upstream.auth,
  timeoutMs: config.upstreamTimeoutMs,
  maxBodyBytes: config.upstreamMaxBodyBytes,
  lookupSource: config.lookupSource,
  limits: {
    breakerFailures: resilience.breakerFailures,
    breakerCooldownMs: resilience.breakerCooldownMs,
    ratePerMinute: resilience.upstreamRatePerMin,
    maxInFlight: resilience.upstreamMaxInFlight,
  },
});
const audit = createAuditLog({
  auth: config.dashboardAuth.mode,
  path: config.auditLog,
  onError: (err) => logger.error('the audit log cannot be written', describeError(err)),
});
const app = createApp({
  source,
  logger,
  demoMembers: demo?.catalog ?? null,
  staticRoot: distDir,
  warmStatic: true,
  access: createAccess(config, startup.users, logger),
  audit,
  ratePerUserPerMin: resilience.ratePerUserPerMin,
  trustProxy: config.trustProxy,
});

const server = await listen(app, { port: config.port, host: config.host }).catch(async (err: unknown) => {
  logger.error(`cannot listen on ${config.host}:${config.port}`, describeError(err));
  await demo?.close();
  process.exit(1);
});

logger.info('listening', {
  url: server.url,
  port: server.port,
  demo: demo !== null,
  upstream: demo ? 'embedded demo' : upstream.baseUrl.origin,
  auth: upstream.auth.mode,
  dashboardAuth: config.dashboardAuth.mode,
  spa: existsSync(distDir) ? 'dist' : 'not built (run npm run build)',
});

let stopping = false;
/**
 * SIGTERM: stop accepting, let the requests in flight finish (each one's upstream call is bounded by
 * UPSTREAM_TIMEOUT_MS), cut what is left after SHUTDOWN_GRACE_MS, then close the upstream pool, the
 * demo and the audit file, and exit 0.
 */
async function stop(signal: string): Promise<void> {
  if (stopping) {
    logger.warn('second signal: exiting without waiting', { signal });
    process.exit(1);
  }
  stopping = true;
  logger.info('shutting down', { signal, openConnections: server.connections() });
  try {
    await server.close(SHUTDOWN_GRACE_MS);
    await source.close();
    await demo?.close();
    await audit.close();
    logger.info('stopped', { signal });
    process.exit(0);
  } catch (err) {
    logger.error('shutdown failed', describeError(err, true));
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
