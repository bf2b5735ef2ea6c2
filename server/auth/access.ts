import type { Context } from 'hono';

import type { AuthMode } from '../config';

import type { HeaderIdentity } from './header-identity';
import type { SessionStore } from './sessions';
import type { SignInThrottle } from './sign-in-throttle';
import type { Role, UserStore } from './users-file';

/** Who is asking, once the access rules have let them in. */
export type Principal = { username: string; role: Role };

/** The one principal of DASHBOARD_AUTH=none: everyone gets the manager view (issue 5). */
export const ANONYMOUS: Principal = { username: 'anonymous', role: 'manager' };

/** How the dashboard decides who is asking: one variant per DASHBOARD_AUTH mode. */
export type Access =
  | { mode: 'none' }
  | { mode: 'header'; identity: HeaderIdentity }
  | { mode: 'password'; users: UserStore; sessions: SessionStore; throttle: SignInThrottle };

export const SESSION_COOKIE = '__Host-mp-session';

/**
 * `__Host-` binds the cookie to this exact origin (no Domain, Path=/, Secure); HttpOnly keeps it from
 * scripts; SameSite=Strict keeps it off requests started by other sites. No Max-Age: it ends with
 * the browser session, and the server's idle and absolute limits end it sooner.
 */
export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; Path=/; Secure; HttpOnly; SameSite=Strict`;
}

export const CLEARED_SESSION_COOKIE = `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`;

/** A request header by its lower-case name (Hono's `c.req.header`, or Node's headers on the hot path). */
export type HeaderOf = (name: string) => string | undefined;

/** The session id the browser sent, if any (the first of duplicates: `__Host-` ones cannot be planted). */
export function sessionIdOf(c: Context): string | null {
  return sessionIdIn(c.req.header('cookie'));
}

/** The session id in a Cookie header, if any. */
export function sessionIdIn(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

export type Identification =
  { ok: true; principal: Principal } | { ok: false; status: 401 | 403; reason: string };

/** The principal of this request under `access`, or why there is none. */
export function identify(c: Context, access: Access): Identification {
  return identifyBy((name) => c.req.header(name), access);
}

/** The same, from the request headers alone. */
export function identifyBy(header: HeaderOf, access: Access): Identification {
  if (access.mode === 'none') return { ok: true, principal: ANONYMOUS };
  if (access.mode === 'header') {
    const verdict = access.identity.identify(header);
    if (!verdict.ok) return { ok: false, status: verdict.status, reason: verdict.reason };
    return { ok: true, principal: { username: verdict.username, role: verdict.role } };
  }
  const id = sessionIdIn(header('cookie'));
  const session = id === null ? null : access.sessions.touch(id);
  if (!id || !session) return { ok: false, status: 401, reason: 'no-session' };
  // The users file is the authority: a removed user is out at once, a changed role applies at once.
  const user = access.users.find(session.username);
  if (!user) {
    access.sessions.revoke(id);
    return { ok: false, status: 401, reason: 'user-removed' };
  }
  session.role = user.role;
  return { ok: true, principal: { username: user.username, role: user.role } };
}

export const modeOf = (access: Access): AuthMode => access.mode;
