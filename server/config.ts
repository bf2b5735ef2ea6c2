import { parseRoleGroups, type RoleGroups } from './auth/header-identity';
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

export const AUTH_MODES = ['password', 'header', 'none'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export type DashboardAuthConfig =
  /** `explicit`: DASHBOARD_AUTH=none was set (required with a real Capillary, and warned about). */
  | { mode: 'none'; explicit: boolean }
  | { mode: 'header'; proxySecret: string; roleGroups: RoleGroups }
  | { mode: 'password'; usersFile: string };

export type ResilienceConfig = {
  breakerFailures: number;
  breakerCooldownMs: number;
  upstreamRatePerMin: number;
  upstreamMaxInFlight: number;
  ratePerUserPerMin: number;
};

export type Config = {
  port: number;
  host: string;
  logLevel: LogLevel;
  upstream: UpstreamConfig;
  upstreamTimeoutMs: number;
  upstreamMaxBodyBytes: number;
  /** CAPILLARY_LOOKUP_SOURCE: the `source` of customer lookups (INSTORE, WECHAT, …). */
  lookupSource: string;
  dashboardAuth: DashboardAuthConfig;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** AUDIT_LOG: a file to append to; null: standard output. */
  auditLog: string | null;
  /** TRUST_PROXY: believe X-Forwarded-For / X-Forwarded-Proto from the proxy in front. */
  trustProxy: boolean;
  resilience: ResilienceConfig;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export const DEFAULTS = {
  port: 8080,
  host: '127.0.0.1',
  logLevel: 'info',
  upstreamTimeoutMs: 10_000,
  upstreamMaxBodyBytes: 8 * 1024 * 1024,
  lookupSource: 'INSTORE',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  breakerFailures: 5,
  breakerCooldownMs: 30_000,
  upstreamRatePerMin: 90,
  upstreamMaxInFlight: 64,
  ratePerUserPerMin: 120,
} as const;

const MIN_PROXY_SECRET_LENGTH = 16;

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

const OTHER_MODE_VARIABLES: Record<AuthMode, string[]> = {
  password: ['DASHBOARD_PROXY_SECRET', 'DASHBOARD_ROLE_GROUPS'],
  header: ['DASHBOARD_USERS_FILE'],
  none: ['DASHBOARD_USERS_FILE', 'DASHBOARD_PROXY_SECRET', 'DASHBOARD_ROLE_GROUPS'],
};

/**
 * DASHBOARD_AUTH. With a real Capillary it must be chosen: the dashboard shows members' phone numbers
 * and emails, so "no sign-in" has to be a decision someone wrote down, not a default.
 */
function readDashboardAuth(env: Env, realCapillary: boolean, problems: string[]): DashboardAuthConfig {
  const raw = valueOf(env, 'DASHBOARD_AUTH');
  const mode = readChoice(env, 'DASHBOARD_AUTH', AUTH_MODES, problems);
  if (raw === undefined && realCapillary) {
    problems.push(
      'DASHBOARD_AUTH is required with CAPILLARY_BASE_URL (real member data): password, header, or none (only when something in front already restricts who can reach the dashboard).',
    );
  }
  // A mode's variable without the mode would silently leave the dashboard open: refuse instead.
  const invalidMode = raw !== undefined && mode === undefined;
  for (const name of invalidMode ? [] : OTHER_MODE_VARIABLES[mode ?? 'none']) {
    if (valueOf(env, name) === undefined) continue;
    problems.push(
      raw === undefined
        ? `${name} is set but DASHBOARD_AUTH is not: set DASHBOARD_AUTH to the mode it belongs to.`
        : `${name} is set but DASHBOARD_AUTH is ${mode}: remove it, or choose the mode it belongs to.`,
    );
  }
  if (mode === 'password') {
    const usersFile = valueOf(env, 'DASHBOARD_USERS_FILE')?.trim();
    if (usersFile === undefined) {
      problems.push(
        'DASHBOARD_USERS_FILE is required with DASHBOARD_AUTH=password (create it with npm run users -- add).',
      );
      return { mode: 'none', explicit: false };
    }
    return { mode, usersFile };
  }
  if (mode === 'header') {
    const proxySecret = valueOf(env, 'DASHBOARD_PROXY_SECRET');
    const rawGroups = valueOf(env, 'DASHBOARD_ROLE_GROUPS');
    if (proxySecret === undefined) {
      problems.push('DASHBOARD_PROXY_SECRET is required with DASHBOARD_AUTH=header.');
    } else if (proxySecret.length < MIN_PROXY_SECRET_LENGTH) {
      problems.push(`DASHBOARD_PROXY_SECRET must be at least ${MIN_PROXY_SECRET_LENGTH} characters long.`);
    }
    let roleGroups: RoleGroups | undefined;
    if (rawGroups === undefined) {
      problems.push(
        'DASHBOARD_ROLE_GROUPS is required with DASHBOARD_AUTH=header, e.g. manager=loyalty-managers;staff=store-staff.',
      );
    } else {
      const parsed = parseRoleGroups(rawGroups);
      if (parsed.ok) roleGroups = parsed.groups;
      else problems.push(parsed.problem);
    }
    if (proxySecret && roleGroups) return { mode, proxySecret, roleGroups };
    return { mode: 'none', explicit: false };
  }
  return { mode: 'none', explicit: mode === 'none' };
}

/** The highest rate either limit accepts (a benchmark's "limits configured high"). */
const MAX_RATE_PER_MIN = 10_000_000;

function readResilience(env: Env, problems: string[]): ResilienceConfig {
  const int = (name: string, fallback: number, min: number, max: number) =>
    readInteger(env, name, { fallback, min, max }, problems);
  return {
    breakerFailures: int('BREAKER_FAILURES', DEFAULTS.breakerFailures, 1, 10_000),
    breakerCooldownMs: int('BREAKER_COOLDOWN_MS', DEFAULTS.breakerCooldownMs, 1, 3_600_000),
    // The exact budget keeps one timestamp per call made in the last minute (not per allowed call), so
    // a load test may set it far above any real quota.
    upstreamRatePerMin: int('UPSTREAM_RATE_PER_MIN', DEFAULTS.upstreamRatePerMin, 1, MAX_RATE_PER_MIN),
    upstreamMaxInFlight: int('UPSTREAM_MAX_IN_FLIGHT', DEFAULTS.upstreamMaxInFlight, 1, 10_000),
    ratePerUserPerMin: int('RATE_LIMIT_PER_USER_PER_MIN', DEFAULTS.ratePerUserPerMin, 1, MAX_RATE_PER_MIN),
  };
}

/** Capillary's source names are upper-case words (INSTORE, WECHAT, MARTJACK, …): nothing to encode. */
const LOOKUP_SOURCE = /^[A-Z_]{1,32}$/;

function readLookupSource(env: Env, problems: string[]): string {
  const raw = valueOf(env, 'CAPILLARY_LOOKUP_SOURCE')?.trim();
  if (raw === undefined) return DEFAULTS.lookupSource;
  if (!LOOKUP_SOURCE.test(raw)) {
    problems.push(
      'CAPILLARY_LOOKUP_SOURCE must be a Capillary source name: 1 to 32 upper-case letters or underscores, e.g. INSTORE or WECHAT.',
    );
    return DEFAULTS.lookupSource;
  }
  return raw;
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
  const lookupSource = readLookupSource(env, problems);
  const baseUrlSet = valueOf(env, 'CAPILLARY_BASE_URL') !== undefined;
  const baseUrl = readBaseUrl(env, problems);
  const auth = readAuth(env, baseUrlSet, problems);
  const today = readDate(env, 'DEMO_TODAY', problems);
  const dashboardAuth = readDashboardAuth(env, baseUrlSet, problems);
  const sessionIdleMinutes = readInteger(
    env,
    'SESSION_IDLE_MINUTES',
    { fallback: DEFAULTS.sessionIdleMinutes, min: 1, max: 24 * 60 },
    problems,
  );
  const sessionMaxHours = readInteger(
    env,
    'SESSION_MAX_HOURS',
    { fallback: DEFAULTS.sessionMaxHours, min: 1, max: 7 * 24 },
    problems,
  );
  const auditLog = valueOf(env, 'AUDIT_LOG')?.trim() ?? null;
  const trustProxy = readChoice(env, 'TRUST_PROXY', ['true', 'false'] as const, problems) === 'true';
  const resilience = readResilience(env, problems);

  if (problems.length > 0) return { ok: false, problems };
  const upstream: UpstreamConfig =
    baseUrl && auth ? { kind: 'capillary', baseUrl, auth } : { kind: 'demo', today };
  return {
    ok: true,
    config: {
      port,
      host,
      logLevel,
      upstream,
      upstreamTimeoutMs,
      upstreamMaxBodyBytes,
      lookupSource,
      dashboardAuth,
      sessionIdleMinutes,
      sessionMaxHours,
      auditLog,
      trustProxy,
      resilience,
    },
  };
}

export function formatProblems(problems: readonly string[]): string {
  const lines = problems.map((p) => `  - ${p}`).join('\n');
  return `Member Progress cannot start: the configuration has ${problems.length} problem(s):\n${lines}\nSee .env.example and the README for every variable.`;
}
