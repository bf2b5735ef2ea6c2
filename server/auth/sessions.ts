import { createHash, randomBytes } from 'node:crypto';

import type { Role } from './users-file';

/**
 * Server-side sessions in memory. The browser holds an opaque random id (256 bits); the store keeps
 * only its SHA-256, so a heap dump or a debug print of the map cannot be replayed as a cookie.
 * A restart signs everyone out, which a single-process dashboard can afford.
 */
export type Session = { username: string; role: Role; createdAt: number; lastSeenAt: number };

export type SessionStore = {
  /** A new session; the returned id goes into the cookie and nowhere else. */
  create(username: string, role: Role): string;
  /** The live session of this id (its idle clock restarted), or null when unknown, revoked or expired. */
  touch(id: string): Session | null;
  revoke(id: string): void;
  size(): number;
};

export type SessionLimits = {
  /** SESSION_IDLE_MINUTES, in ms: no request for this long ends the session. */
  idleMs: number;
  /** SESSION_MAX_HOURS, in ms: the session ends this long after sign-in, however active. */
  maxMs: number;
  now?: () => number;
  /** Past this many live sessions the oldest goes (a flood of sign-ins cannot fill the memory). */
  maxSessions?: number;
};

const digest = (id: string) => createHash('sha256').update(id).digest('base64url');

export function createSessionStore({
  idleMs,
  maxMs,
  now = Date.now,
  maxSessions = 10_000,
}: SessionLimits): SessionStore {
  const sessions = new Map<string, Session>();
  const expired = (s: Session, t: number) => t - s.lastSeenAt >= idleMs || t - s.createdAt >= maxMs;

  let sweptAt = now();
  function sweep() {
    const t = now();
    sweptAt = t;
    for (const [key, s] of sessions) if (expired(s, t)) sessions.delete(key);
  }

  return {
    create(username, role) {
      if (sessions.size >= maxSessions || now() - sweptAt > idleMs) sweep();
      if (sessions.size >= maxSessions) sessions.delete(sessions.keys().next().value as string);
      const id = randomBytes(32).toString('base64url');
      const t = now();
      sessions.set(digest(id), { username, role, createdAt: t, lastSeenAt: t });
      return id;
    },
    touch(id) {
      if (id.length === 0 || id.length > 128) return null;
      const key = digest(id);
      const s = sessions.get(key);
      if (!s) return null;
      const t = now();
      if (expired(s, t)) {
        sessions.delete(key);
        return null;
      }
      s.lastSeenAt = t;
      return s;
    },
    revoke(id) {
      sessions.delete(digest(id));
    },
    size: () => sessions.size,
  };
}
