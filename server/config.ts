import { LOG_LEVELS, type LogLevel } from './log';
import { readBaseUrl, readChoice, readDate, readInteger, valueOf, type Env } from './config-values';

export type { Env } from './config-values';

export type CapillaryAuth =
  | { mode: 'basic'; username: string; password: string }
  | { mode: 'oauth'; clientKey: string; clientSecret: string };

export type UpstreamConfig =
  | { kind: 'capillary'; baseUrl: URL; auth: CapillaryAuth }
  /** No Capillary configured: index.ts starts the embedded demo upstream. */
  | { kind: 'demo'; today: Date | undefined };

export type Config = {
  port: number;
  host: string;
  logLevel: LogLevel;
  upstream: UpstreamConfig;
  upstreamTimeoutMs: number;
  upstreamMaxBodyBytes: number;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  logLevel: 'info',
  upstreamTimeoutMs: 10_000,
  upstreamMaxBodyBytes: 8 * 1024 * 1024,
} as const;

/** Largest delay Node's timers accept; a larger deadline would fire at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;
const MAX_BODY_BYTES = 1024 * 1024 * 1024;

function required(env: Env, names: string[], mode: string, problems: string[]): void {
  for (const name of names) {
    if (valueOf(env, name) === undefined) problems.push(`${name} is required with CAPILLARY_AUTH=${mode}.`);
  }
}

function readAuth(env: Env, baseUrlSet: boolean, problems: string[]): CapillaryAuth | undefined {
  const mode = readChoice(env, 'CAPILLARY_AUTH', ['basic', 'oauth'] as const, problems);
  const rawMode = valueOf(env, 'CAPILLARY_AUTH');
  if (!baseUrlSet) {
    // Credentials without a base URL would silently run the demo in place of the real Capillary.
    if (rawMode !== undefined) {
      problems.push(
        'CAPILLARY_AUTH is set but CAPILLARY_BASE_URL is not: set both, or neither for the demo.',
      );
    }
    return undefined;
  }
  if (rawMode === undefined) {
    problems.push('CAPILLARY_AUTH is required with CAPILLARY_BASE_URL: basic or oauth.');
    return undefined;
  }
  if (mode === 'basic') {
    required(env, ['CAPILLARY_USERNAME', 'CAPILLARY_PASSWORD'], mode, problems);
    const username = valueOf(env, 'CAPILLARY_USERNAME');
    const password = valueOf(env, 'CAPILLARY_PASSWORD');
    return username && password ? { mode, username: username.trim(), password } : undefined;
  }
  if (mode === 'oauth') {
    required(env, ['CAPILLARY_CLIENT_KEY', 'CAPILLARY_CLIENT_SECRET'], mode, problems);
    const clientKey = valueOf(env, 'CAPILLARY_CLIENT_KEY');
    const clientSecret = valueOf(env, 'CAPILLARY_CLIENT_SECRET');
    return clientKey && clientSecret ? { mode, clientKey: clientKey.trim(), clientSecret } : undefined;
  }
  return undefined;
}

function readHost(env: Env, problems: string[]): string {
  const raw = valueOf(env, 'HOST')?.trim();
  if (raw === undefined) return DEFAULTS.host;
  if (/[\s/]/.test(raw)) {
    problems.push(`HOST must be a host name or an IP address such as 127.0.0.1 or 0.0.0.0.`);
    return DEFAULTS.host;
  }
  return raw;
}

/**
 * Reads and checks the whole environment. Every problem is collected, so one start-up message can
 * list them all; no message repeats a secret or the base URL.
 */
export function readConfig(env: Env): ConfigResult {
  const problems: string[] = [];
  const port = readInteger(env, 'PORT', { fallback: DEFAULTS.port, min: 1, max: 65_535 }, problems);
  const host = readHost(env, problems);
  const logLevel = readChoice(env, 'LOG_LEVEL', LOG_LEVELS, problems) ?? DEFAULTS.logLevel;
  const upstreamTimeoutMs = readInteger(
    env,
    'UPSTREAM_TIMEOUT_MS',
    { fallback: DEFAULTS.upstreamTimeoutMs, min: 1, max: MAX_TIMEOUT_MS },
    problems,
  );
  const upstreamMaxBodyBytes = readInteger(
    env,
    'UPSTREAM_MAX_BODY_BYTES',
    { fallback: DEFAULTS.upstreamMaxBodyBytes, min: 1, max: MAX_BODY_BYTES },
    problems,
  );
  const baseUrlSet = valueOf(env, 'CAPILLARY_BASE_URL') !== undefined;
  const baseUrl = readBaseUrl(env, problems);
  const auth = readAuth(env, baseUrlSet, problems);
  const today = readDate(env, 'DEMO_TODAY', problems);

  if (problems.length > 0) return { ok: false, problems };
  const upstream: UpstreamConfig =
    baseUrl && auth ? { kind: 'capillary', baseUrl, auth } : { kind: 'demo', today };
  return {
    ok: true,
    config: { port, host, logLevel, upstream, upstreamTimeoutMs, upstreamMaxBodyBytes },
  };
}

export function formatProblems(problems: readonly string[]): string {
  const lines = problems.map((p) => `  - ${p}`).join('\n');
  return `Member Progress cannot start: the configuration has ${problems.length} problem(s):\n${lines}\nSee .env.example and the README for every variable.`;
}
