import { startDemoUpstream } from './server';
import { parseDemoToday } from './today';

/**
 * The demo upstream on its own: `node --import tsx demo/cli.ts`. Reads DEMO_PORT (default 0, any
 * free port), DEMO_HOST, DEMO_TODAY (YYYY-MM-DD) and the credentials it accepts (DEMO_USERNAME /
 * DEMO_PASSWORD default to the docs' test vector store.server / server123; DEMO_CLIENT_KEY /
 * DEMO_CLIENT_SECRET default to demo-key / demo-secret). Prints the url on stdout.
 */
const env = process.env;
const port = Number(env.DEMO_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`DEMO_PORT must be a port number, got "${env.DEMO_PORT}"`);
  process.exit(1);
}

try {
  const upstream = await startDemoUpstream({
    host: env.DEMO_HOST || undefined,
    port,
    username: env.DEMO_USERNAME || 'store.server',
    password: env.DEMO_PASSWORD || 'server123',
    clientKey: env.DEMO_CLIENT_KEY || 'demo-key',
    clientSecret: env.DEMO_CLIENT_SECRET || 'demo-secret',
    today: parseDemoToday(env.DEMO_TODAY),
  });
  process.stdout.write(`${upstream.url}\n`);
  const stop = () => void upstream.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
