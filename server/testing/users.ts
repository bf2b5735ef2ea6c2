import type { Access } from '../auth/access';
import { createHeaderIdentity } from '../auth/header-identity';
import { hashPassword, type ScryptParams } from '../auth/passwords';
import { createSessionStore } from '../auth/sessions';
import { createSignInThrottle } from '../auth/sign-in-throttle';
import { staticUserStore, type DashboardUser, type Role } from '../auth/users-file';

/** scrypt at its lowest allowed cost: the tests are about the rules, not the work factor. */
export const FAST_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1, keyLength: 32 };

export const PASSWORDS = { manager: 'manager-password-1', staff: 'staff-password-22' } as const;

export async function buildUser(username: string, role: Role, password: string): Promise<DashboardUser> {
  return { username, role, password: await hashPassword(password, FAST_SCRYPT) };
}

export const testUsers = async () => [
  await buildUser('maria@example.com', 'manager', PASSWORDS.manager),
  await buildUser('sam', 'staff', PASSWORDS.staff),
];

export type Clock = { now: () => number; advance(ms: number): void };

/** A clock the test moves by hand (session expiry, breaker cooldown, rate windows). */
export function manualClock(start = Date.UTC(2026, 10, 25, 9)): Clock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export function passwordAccess(
  users: DashboardUser[],
  clock: Clock,
  { idleMinutes = 30, maxHours = 12 } = {},
): Extract<Access, { mode: 'password' }> {
  return {
    mode: 'password',
    users: staticUserStore(users),
    sessions: createSessionStore({
      idleMs: idleMinutes * 60_000,
      maxMs: maxHours * 3_600_000,
      now: clock.now,
    }),
    throttle: createSignInThrottle(clock.now),
  };
}

export const PROXY_SECRET = 'sso-proxy-secret-for-tests-0123456789';

export function headerAccess(): Access {
  return {
    mode: 'header',
    identity: createHeaderIdentity({
      proxySecret: PROXY_SECRET,
      roleGroups: { manager: ['loyalty-managers'], staff: ['store-staff', 'store-leads'] },
    }),
  };
}

/** The headers oauth2-proxy adds in front of the dashboard. */
export function fromSso(
  email: string,
  groups: string,
  secret: string = PROXY_SECRET,
): Record<string, string> {
  return {
    'x-requested-with': 'fetch',
    'x-dashboard-proxy-secret': secret,
    'x-forwarded-email': email,
    'x-forwarded-groups': groups,
  };
}
