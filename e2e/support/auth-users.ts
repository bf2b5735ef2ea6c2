import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The dashboards that sign people in, started by playwright.config.ts beside the open one: one with
 * DASHBOARD_AUTH=password (users file written at start-up by write-users-file.ts), one with
 * DASHBOARD_AUTH=header behind an imagined single-sign-on proxy. Ports overridable like the others.
 */
export const PASSWORD_PORT = Number(process.env.E2E_PASSWORD_PORT ?? 8184);
export const HEADER_PORT = Number(process.env.E2E_HEADER_PORT ?? 8185);
export const PASSWORD_BASE_URL = `http://127.0.0.1:${PASSWORD_PORT}`;
export const HEADER_BASE_URL = `http://127.0.0.1:${HEADER_PORT}`;

/** One file per port, so two runs on one machine do not write each other's. */
export const USERS_FILE = join(tmpdir(), `member-progress-e2e-users-${PASSWORD_PORT}.json`);

export const USERS = {
  manager: { username: 'e2e.manager', password: 'manager pass phrase e2e', role: 'manager' },
  staff: { username: 'e2e.staff', password: 'staff pass phrase e2e', role: 'staff' },
  // Only the throttling test fails with this one: failures slow down one username from one address.
  throttled: { username: 'e2e.forgetful', password: 'forgetful pass phrase e2e', role: 'staff' },
} as const;

/** What the single-sign-on proxy in front adds to every request (DASHBOARD_AUTH=header). */
export const PROXY_SECRET = 'e2e-sso-proxy-secret-0123456789';
export const ROLE_GROUPS = 'manager=loyalty-managers;staff=store-staff';
