import { createApp, type AppDeps } from '../app';
import type { CapillaryAuth } from '../config';
import { listen } from '../listen';
import type { LogLevel } from '../log';
import { createCapillarySource } from '../upstream';

import { captureLogs, type CapturedLogs } from './capture-logger';

export type ProxyHarness = CapturedLogs & { url: string; close(): Promise<void> };

export type ProxyOptions = {
  upstreamUrl: string;
  auth?: CapillaryAuth;
  timeoutMs?: number;
  maxBodyBytes?: number;
  logLevel?: LogLevel;
  now?: () => number;
  demoMembers?: AppDeps['demoMembers'];
  staticRoot?: string | null;
};

export const TEST_TILL = 'store.server';
export const TEST_PASSWORD = 'server123';

/** The real proxy (source, app, node server) on 127.0.0.1 with an ephemeral port and captured logs. */
export async function startProxy(options: ProxyOptions): Promise<ProxyHarness> {
  const logs = captureLogs(options.logLevel ?? 'info');
  const source = createCapillarySource({
    baseUrl: new URL(options.upstreamUrl),
    auth: options.auth ?? { mode: 'basic', username: TEST_TILL, password: TEST_PASSWORD },
    timeoutMs: options.timeoutMs ?? 2_000,
    maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024,
    now: options.now,
  });
  const app = createApp({
    source,
    logger: logs.logger,
    demoMembers: options.demoMembers ?? null,
    staticRoot: options.staticRoot ?? null,
  });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  return {
    ...logs,
    url: server.url,
    close: async () => {
      await server.close(100);
      await source.close();
    },
  };
}
