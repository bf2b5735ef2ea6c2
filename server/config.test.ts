import { describe, expect, it } from 'vitest';

import { readConfig, type Env } from './config';

const BASIC: Env = {
  CAPILLARY_BASE_URL: 'https://eu.api.capillarytech.com',
  CAPILLARY_AUTH: 'basic',
  CAPILLARY_USERNAME: 'store.server',
  CAPILLARY_PASSWORD: 'pa55-secret-word',
  // Required with a real Capillary (config-auth.test.ts).
  DASHBOARD_AUTH: 'none',
};

function problemsOf(env: Env): string[] {
  const result = readConfig(env);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('readConfig', () => {
  it('runs the embedded demo with every default when nothing is set', () => {
    expect(readConfig({})).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '127.0.0.1',
        logLevel: 'info',
        upstream: { kind: 'demo', today: undefined },
        upstreamTimeoutMs: 10_000,
        upstreamMaxBodyBytes: 8_388_608,
        lookupSource: 'INSTORE',
        dashboardAuth: { mode: 'none', explicit: false },
        sessionIdleMinutes: 30,
        sessionMaxHours: 12,
        auditLog: null,
        trustProxy: false,
        resilience: {
          breakerFailures: 5,
          breakerCooldownMs: 30_000,
          upstreamRatePerMin: 90,
          upstreamMaxInFlight: 64,
          ratePerUserPerMin: 120,
        },
      },
    });
  });

  it('reads a Basic Capillary set-up, tolerating a trailing slash', () => {
    const result = readConfig({
      ...BASIC,
      CAPILLARY_BASE_URL: 'https://eu.api.capillarytech.com/',
      PORT: '9000',
    });
    expect(result.ok && result.config.port).toBe(9000);
    expect(result.ok && result.config.upstream).toEqual({
      kind: 'capillary',
      baseUrl: new URL('https://eu.api.capillarytech.com/'),
      auth: { mode: 'basic', username: 'store.server', password: 'pa55-secret-word' },
    });
  });

  it('reads an OAuth set-up and DEMO_TODAY', () => {
    const oauth = readConfig({
      CAPILLARY_BASE_URL: 'https://eu.api.capillarytech.com',
      CAPILLARY_AUTH: 'oauth',
      CAPILLARY_CLIENT_KEY: 'key-1',
      CAPILLARY_CLIENT_SECRET: 'very-secret',
      DASHBOARD_AUTH: 'header',
      DASHBOARD_PROXY_SECRET: 'a-proxy-secret-of-some-length',
      DASHBOARD_ROLE_GROUPS: 'manager=loyalty-managers;staff=store-staff',
    });
    expect(oauth.ok && oauth.config.upstream.kind === 'capillary' && oauth.config.upstream.auth).toEqual({
      mode: 'oauth',
      clientKey: 'key-1',
      clientSecret: 'very-secret',
    });
    const demo = readConfig({ DEMO_TODAY: '2026-11-25' });
    expect(demo.ok && demo.config.upstream).toEqual({
      kind: 'demo',
      today: new Date('2026-11-25T00:00:00Z'),
    });
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      PORT: '70000',
      HOST: 'bad host',
      LOG_LEVEL: 'verbose',
      UPSTREAM_TIMEOUT_MS: '0',
      UPSTREAM_MAX_BODY_BYTES: '-5',
      CAPILLARY_BASE_URL: 'ftp://example.com',
      CAPILLARY_AUTH: 'oauth',
      DEMO_TODAY: '2026-02-30',
    });
    const joined = problems.join('\n');
    for (const name of [
      'PORT',
      'HOST',
      'LOG_LEVEL',
      'UPSTREAM_TIMEOUT_MS',
      'UPSTREAM_MAX_BODY_BYTES',
      'CAPILLARY_BASE_URL',
      'CAPILLARY_CLIENT_KEY',
      'CAPILLARY_CLIENT_SECRET',
      'DEMO_TODAY',
    ]) {
      expect(joined).toContain(name);
    }
    expect(problems.length).toBeGreaterThanOrEqual(9);
  });

  it('requires CAPILLARY_AUTH and the credentials of its mode with a base URL', () => {
    expect(problemsOf({ CAPILLARY_BASE_URL: BASIC.CAPILLARY_BASE_URL }).join()).toContain('CAPILLARY_AUTH');
    const basic = problemsOf({ CAPILLARY_BASE_URL: BASIC.CAPILLARY_BASE_URL, CAPILLARY_AUTH: 'basic' });
    expect(basic.join()).toContain('CAPILLARY_USERNAME');
    expect(basic.join()).toContain('CAPILLARY_PASSWORD');
    expect(problemsOf({ ...BASIC, CAPILLARY_AUTH: 'digest' }).join()).toContain('CAPILLARY_AUTH');
  });

  it('refuses credentials without a base URL rather than silently running the demo', () => {
    expect(problemsOf({ CAPILLARY_AUTH: 'basic' }).join()).toContain('CAPILLARY_BASE_URL');
  });

  it.each([
    'http://localhost:8183',
    'http://127.0.0.1:8183',
    'http://127.45.6.7',
    'http://[::1]:8183/gateway/',
    'https://eu.api.capillarytech.com/prefix',
  ])('allows %s', (url) => {
    expect(readConfig({ ...BASIC, CAPILLARY_BASE_URL: url }).ok).toBe(true);
  });

  it.each([
    'http://eu.api.capillarytech.com',
    'http://10.0.0.5',
    'http://localhost.evil.example',
    'http://128.0.0.1',
    'eu.api.capillarytech.com',
    '/v3',
    'https://user:hunter2@eu.api.capillarytech.com',
    'https://eu.api.capillarytech.com/?x=1',
    'https://eu.api.capillarytech.com/?',
    'https://eu.api.capillarytech.com/#frag',
  ])('refuses %s', (url) => {
    expect(problemsOf({ ...BASIC, CAPILLARY_BASE_URL: url }).join()).toContain('CAPILLARY_BASE_URL');
  });

  it('never echoes a secret or the base URL in a problem', () => {
    const secrets = {
      CAPILLARY_BASE_URL: 'http://admin:url-secret-1@example.com/?token=url-secret-2',
      CAPILLARY_AUTH: 'oauth',
      CAPILLARY_CLIENT_KEY: 'key-secret-3',
      CAPILLARY_CLIENT_SECRET: 'client-secret-4',
      CAPILLARY_PASSWORD: 'password-secret-5',
      PORT: 'abc',
    };
    const text = problemsOf(secrets).join('\n');
    for (const secret of [
      'url-secret-1',
      'url-secret-2',
      'admin',
      'key-secret-3',
      'client-secret-4',
      'password-secret-5',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', CAPILLARY_BASE_URL: '', CAPILLARY_AUTH: '' }).ok).toBe(true);
  });
});
