import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createApp } from './app';
import { formatProblems, readConfig } from './config';
import { startEmbeddedDemo, type EmbeddedDemo } from './demo-upstream';
import { listen } from './listen';
import { createLogger, describeError } from './log';
import { createCapillarySource } from './upstream';

const SHUTDOWN_GRACE_MS = 10_000;
const distDir = fileURLToPath(new URL('../dist', import.meta.url));

const result = readConfig(process.env);
if (!result.ok) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
const config = result.config;
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

const source = createCapillarySource({
  baseUrl: upstream.baseUrl,
  auth: upstream.auth,
  timeoutMs: config.upstreamTimeoutMs,
  maxBodyBytes: config.upstreamMaxBodyBytes,
});
const app = createApp({ source, logger, demoMembers: demo?.catalog ?? null, staticRoot: distDir });

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
  spa: existsSync(distDir) ? 'dist' : 'not built (run npm run build)',
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) {
    logger.warn('second signal: exiting without waiting', { signal });
    process.exit(1);
  }
  stopping = true;
  logger.info('shutting down', { signal });
  try {
    await server.close(SHUTDOWN_GRACE_MS);
    await source.close();
    await demo?.close();
    process.exit(0);
  } catch (err) {
    logger.error('shutdown failed', describeError(err, true));
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
