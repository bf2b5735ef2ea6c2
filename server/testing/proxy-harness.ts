import { createApp, type AppDeps } from '../app';
import type { CapillaryAuth } from '../config';
import { listen, type ServerLimits } from '../listen';
import type { LogLevel } from '../log';
import type { GuardOptions } from '../upstream/guard';
import { createResilientSource } from '../upstream/resilient-source';

import { captureLogs, type CapturedLogs } from './capture-logger';

export type ProxyHarness = CapturedLogs & {
  url: string;
  source: ReturnType<typeof createResilientSource>;
  connections(): number;
  close(): Promise<void>;
};

export type ProxyOptions = {
  upstreamUrl: string;
  auth?: CapillaryAuth;
  timeoutMs?: number;
  maxBodyBytes?: number;
  lookupSource?: string;
  logLevel?: LogLevel;
  now?: () => number;
  demoMembers?: AppDeps['demoMembers'];
  staticRoot?: string | null;
  /** Breaker, budget, in-flight cap: generous unless a test is about one of them. */
  limits?: Partial<Omit<GuardOptions, 'now'>>;
  access?: AppDeps['access'];
  audit?: AppDeps['audit'];
  ratePerUserPerMin?: number;
  serverLimits?: Partial<ServerLimits>;
};

export const TEST_TILL = 'store.server';
export const TEST_PASSWORD = 'server123';

/** Limits no test about something else can reach (a breaker of 5 would open in the error-mapping tests). */
export const UNREACHABLE_LIMITS: Omit<GuardOptions, 'now'> = {
  breakerFailures: 1_000_000,
  breakerCooldownMs: 30_000,
  ratePerMinute: 100_000,
  maxInFlight: 10_000,
};

/** The real proxy (source, app, node server) on 127.0.0.1 with an ephemeral port and captured logs. */
export async function startProxy(options: ProxyOptions): Promise<ProxyHarness> {
  const logs = captureLogs(options.logLevel ?? 'info');
  const source = createResilientSource({
    baseUrl: new URL(options.upstreamUrl),
    auth: options.auth ?? { mode: 'basic', username: TEST_TILL, password: TEST_PASSWORD },
    timeoutMs: options.timeoutMs ?? 2_000,
    maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024,
    lookupSource: options.lookupSource,
    now: options.now,
    limits: { ...UNREACHABLE_LIMITS, ...options.limits },
  });
  const app = createApp({
    source,
    logger: logs.logger,
    demoMembers: options.demoMembers ?? null,
    staticRoot: options.staticRoot ?? null,
    access: options.access,
    audit: options.audit,
    ratePerUserPerMin: options.ratePerUserPerMin ?? 1_000_000,
    now: options.now,
  });
  const server = await listen(app, { port: 0, host: '127.0.0.1', limits: options.serverLimits });
  return {
    ...logs,
    url: server.url,
    source,
    connections: server.connections,
    close: async () => {
      await server.close(100);
      await source.close();
    },
  };
}
