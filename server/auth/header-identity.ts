import { createHash, timingSafeEqual } from 'node:crypto';

import type { Role } from './users-file';

/**
 * DASHBOARD_AUTH=header: an oauth2-proxy style single-sign-on proxy in front has signed the user in
 * and says who they are in `X-Forwarded-Email` and `X-Forwarded-Groups` (comma-separated). Those
 * headers are believed only on a request that also carries `X-Dashboard-Proxy-Secret` equal to
 * DASHBOARD_PROXY_SECRET: anyone who reaches the dashboard around the proxy can set the others.
 */
export type RoleGroups = { manager: readonly string[]; staff: readonly string[] };

export type HeaderVerdict =
  | { ok: true; username: string; role: Role }
  | { ok: false; status: 401 | 403; reason: 'untrusted' | 'no-identity' | 'no-role' };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Compares digests, so neither the content nor the length of the secret leaks through timing. */
export function secretMatches(given: string | undefined, expected: Buffer): boolean {
  return given !== undefined && timingSafeEqual(sha256(given), expected);
}

const EMAIL = /^[^\s@,;]{1,128}@[^\s@,;]{1,190}$/;

export function createHeaderIdentity({
  proxySecret,
  roleGroups,
}: {
  proxySecret: string;
  roleGroups: RoleGroups;
}) {
  const expected = sha256(proxySecret);
  const managers = new Set(roleGroups.manager);
  const staff = new Set(roleGroups.staff);

  return {
    /** True when the request came through the proxy (for X-Forwarded-Proto as well). */
    trusted: (header: (name: string) => string | undefined) =>
      secretMatches(header('x-dashboard-proxy-secret'), expected),

    identify(header: (name: string) => string | undefined): HeaderVerdict {
      if (!secretMatches(header('x-dashboard-proxy-secret'), expected)) {
        return { ok: false, status: 401, reason: 'untrusted' };
      }
      const email = header('x-forwarded-email')?.trim().toLowerCase();
      if (!email || !EMAIL.test(email)) return { ok: false, status: 401, reason: 'no-identity' };
      const groups = (header('x-forwarded-groups') ?? '')
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
      // The stronger role wins when someone is in both.
      if (groups.some((g) => managers.has(g))) return { ok: true, username: email, role: 'manager' };
      if (groups.some((g) => staff.has(g))) return { ok: true, username: email, role: 'staff' };
      // Signed in at the proxy but in none of the dashboard's groups: known, not allowed.
      return { ok: false, status: 403, reason: 'no-role' };
    },
  };
}

export type HeaderIdentity = ReturnType<typeof createHeaderIdentity>;

/** DASHBOARD_ROLE_GROUPS: `manager=loyalty-managers;staff=store-staff` (several groups: `a,b`). */
export function parseRoleGroups(
  raw: string,
): { ok: true; groups: RoleGroups } | { ok: false; problem: string } {
  const groups: { manager: string[]; staff: string[] } = { manager: [], staff: [] };
  for (const part of raw.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const role = part.slice(0, eq).trim().toLowerCase();
    if (eq === -1 || (role !== 'manager' && role !== 'staff')) {
      return {
        ok: false,
        problem:
          'DASHBOARD_ROLE_GROUPS must be role=group pairs for manager and staff, e.g. manager=loyalty-managers;staff=store-staff.',
      };
    }
    const names = part
      .slice(eq + 1)
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean);
    if (names.length === 0)
      return { ok: false, problem: `DASHBOARD_ROLE_GROUPS names no group for ${role}.` };
    groups[role].push(...names);
  }
  if (groups.manager.length + groups.staff.length === 0) {
    return { ok: false, problem: 'DASHBOARD_ROLE_GROUPS names no group.' };
  }
  return { ok: true, groups };
}
