import { defineConfig, devices } from '@playwright/test';

// Real Chromium from the OS (Playwright cannot download its own here); CHROMIUM_PATH overrides it.
import { chromiumArgs, chromiumPath } from './tools/chromium';

import { HEADER_PORT, PASSWORD_PORT, PROXY_SECRET, ROLE_GROUPS, USERS_FILE } from './e2e/support/auth-users';

const port = Number(process.env.E2E_PORT ?? 8181);
const faultyProxyPort = Number(process.env.E2E_FAULTY_PROXY_PORT ?? 8182);
const faultyUpstreamPort = Number(process.env.E2E_FAULTY_UPSTREAM_PORT ?? 8183);
// One browser at one address loads pages far faster than a person: the dashboard's own limits
// (tested in server/resilience.test.ts) would turn that into 429s here.
const e2eLimits = { UPSTREAM_RATE_PER_MIN: '100000', RATE_LIMIT_PER_USER_PER_MIN: '1000000' };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Waits, not timing gates: CI runs two Chromiums and five servers on two cores, and a first load of a
  // large member can take seconds there. Speed is measured by `npm run bench`, never asserted here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  // The production path: the built SPA and the proxy on one port, the embedded demo upstream behind it.
  // Beside it, a second proxy in front of a deliberately faulty upstream, for the error states.
  webServer: [
    {
      command: 'node --import tsx server/index.ts',
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DEMO_TODAY: '2026-11-25',
        ...e2eLimits,
      },
      timeout: 60_000,
    },
    {
      command: 'node --import tsx e2e/support/faulty-upstream.ts',
      url: `http://127.0.0.1:${faultyUpstreamPort}/ready`,
      reuseExistingServer: false,
      env: { FAULTY_PORT: String(faultyUpstreamPort) },
      timeout: 30_000,
    },
    {
      command: 'node --import tsx server/index.ts',
      url: `http://127.0.0.1:${faultyProxyPort}/healthz`,
      reuseExistingServer: false,
      env: {
        PORT: String(faultyProxyPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        CAPILLARY_BASE_URL: `http://127.0.0.1:${faultyUpstreamPort}`,
        CAPILLARY_AUTH: 'basic',
        CAPILLARY_USERNAME: 'e2e.till',
        CAPILLARY_PASSWORD: 'e2e-password',
        UPSTREAM_TIMEOUT_MS: '1500',
        DASHBOARD_AUTH: 'none',
      },
      timeout: 60_000,
    },
    // Signing in (e2e/auth-*.spec.ts): DASHBOARD_AUTH=password with a users file written just before,
    // and DASHBOARD_AUTH=header as behind a single-sign-on proxy. Both on the embedded demo upstream.
    {
      command: 'node --import tsx e2e/support/write-users-file.ts && node --import tsx server/index.ts',
      url: `http://127.0.0.1:${PASSWORD_PORT}/healthz`,
      reuseExistingServer: false,
      env: {
        PORT: String(PASSWORD_PORT),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DEMO_TODAY: '2026-11-25',
        DASHBOARD_AUTH: 'password',
        DASHBOARD_USERS_FILE: USERS_FILE,
        ...e2eLimits,
      },
      timeout: 60_000,
    },
    {
      command: 'node --import tsx server/index.ts',
      url: `http://127.0.0.1:${HEADER_PORT}/healthz`,
      reuseExistingServer: false,
      env: {
        PORT: String(HEADER_PORT),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DEMO_TODAY: '2026-11-25',
        DASHBOARD_AUTH: 'header',
        DASHBOARD_PROXY_SECRET: PROXY_SECRET,
        DASHBOARD_ROLE_GROUPS: ROLE_GROUPS,
        ...e2eLimits,
      },
      timeout: 60_000,
    },
  ],
});
