import { describe, expect, it } from 'vitest';

import { readConfig, type Env } from './config';

const CAPILLARY: Env = {
  CAPILLARY_BASE_URL: 'https://eu.api.capillarytech.com',
  CAPILLARY_AUTH: 'basic',
  CAPILLARY_USERNAME: 'store.server',
  CAPILLARY_PASSWORD: 'pa55-secret-word',
};
const SECRET = 'a-proxy-secret-of-some-length';

function problemsOf(env: Env): string[] {
  const result = readConfig(env);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const configOf = (env: Env) => {
  const result = readConfig(env);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
};

describe('DASHBOARD_AUTH', () => {
  it('defaults to none with the demo; must be chosen with a real Capillary', () => {
    expect(configOf({}).dashboardAuth).toEqual({ mode: 'none', explicit: false });
    expect(problemsOf(CAPILLARY)).toEqual([
      expect.stringContaining('DASHBOARD_AUTH is required with CAPILLARY_BASE_URL'),
    ]);
    expect(configOf({ ...CAPILLARY, DASHBOARD_AUTH: 'none' }).dashboardAuth).toEqual({
      mode: 'none',
      explicit: true,
    });
  });

  it('password needs DASHBOARD_USERS_FILE', () => {
    expect(problemsOf({ DASHBOARD_AUTH: 'password' }).join()).toContain('DASHBOARD_USERS_FILE is required');
    expect(
      configOf({ DASHBOARD_AUTH: 'Password', DASHBOARD_USERS_FILE: '/etc/mp/users.json' }).dashboardAuth,
    ).toEqual({
      mode: 'password',
      usersFile: '/etc/mp/users.json',
    });
  });

  it('header needs a long enough secret and the role groups, and never prints the secret', () => {
    const problems = problemsOf({ DASHBOARD_AUTH: 'header', DASHBOARD_PROXY_SECRET: 'short-secret' }).join(
      '\n',
    );
    expect(problems).toContain('DASHBOARD_PROXY_SECRET must be at least 16 characters');
    expect(problems).toContain('DASHBOARD_ROLE_GROUPS is required');
    expect(problems).not.toContain('short-secret');
    expect(
      problemsOf({
        DASHBOARD_AUTH: 'header',
        DASHBOARD_PROXY_SECRET: SECRET,
        DASHBOARD_ROLE_GROUPS: 'root=x',
      }).join(),
    ).toContain('DASHBOARD_ROLE_GROUPS');
    expect(
      configOf({
        DASHBOARD_AUTH: 'header',
        DASHBOARD_PROXY_SECRET: SECRET,
        DASHBOARD_ROLE_GROUPS: 'manager=loyalty-managers;staff=store-staff',
      }).dashboardAuth,
    ).toEqual({
      mode: 'header',
      proxySecret: SECRET,
      roleGroups: { manager: ['loyalty-managers'], staff: ['store-staff'] },
    });
  });

  it("refuses a mode's variable without the mode (it would leave the dashboard open)", () => {
    expect(problemsOf({ DASHBOARD_USERS_FILE: '/x.json' }).join()).toContain(
      'DASHBOARD_USERS_FILE is set but DASHBOARD_AUTH is not',
    );
    expect(problemsOf({ DASHBOARD_AUTH: 'none', DASHBOARD_PROXY_SECRET: SECRET }).join()).toContain(
      'DASHBOARD_PROXY_SECRET is set but DASHBOARD_AUTH is none',
    );
    expect(problemsOf({ DASHBOARD_AUTH: 'sso' }).join()).toContain(
      'DASHBOARD_AUTH must be one of password, header, none',
    );
  });
});

describe('sessions, limits, audit, proxy trust', () => {
  it('reads every variable', () => {
    const config = configOf({
      SESSION_IDLE_MINUTES: '15',
      SESSION_MAX_HOURS: '8',
      BREAKER_FAILURES: '3',
      BREAKER_COOLDOWN_MS: '5000',
      UPSTREAM_RATE_PER_MIN: '45',
      UPSTREAM_MAX_IN_FLIGHT: '16',
      RATE_LIMIT_PER_USER_PER_MIN: '60',
      AUDIT_LOG: '/var/log/mp-audit.log',
      TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      auditLog: '/var/log/mp-audit.log',
      trustProxy: true,
      resilience: {
        breakerFailures: 3,
        breakerCooldownMs: 5000,
        upstreamRatePerMin: 45,
        upstreamMaxInFlight: 16,
        ratePerUserPerMin: 60,
      },
    });
  });

  it('lists every bad value at once', () => {
    const names = [
      'SESSION_IDLE_MINUTES',
      'SESSION_MAX_HOURS',
      'BREAKER_FAILURES',
      'BREAKER_COOLDOWN_MS',
      'UPSTREAM_RATE_PER_MIN',
      'UPSTREAM_MAX_IN_FLIGHT',
      'RATE_LIMIT_PER_USER_PER_MIN',
      'TRUST_PROXY',
    ];
    const problems = problemsOf({
      SESSION_IDLE_MINUTES: '0',
      SESSION_MAX_HOURS: '1000',
      BREAKER_FAILURES: '-1',
      BREAKER_COOLDOWN_MS: '1.5',
      UPSTREAM_RATE_PER_MIN: '100000000',
      UPSTREAM_MAX_IN_FLIGHT: 'many',
      RATE_LIMIT_PER_USER_PER_MIN: '0',
      TRUST_PROXY: 'yes',
      DASHBOARD_AUTH: 'header',
    });
    for (const name of names) expect(problems.join('\n')).toContain(name);
    expect(problems.length).toBeGreaterThanOrEqual(names.length + 2);
  });
});
