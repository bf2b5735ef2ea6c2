import { closeSync, openSync } from 'node:fs';

import type { Access } from './auth/access';
import { createHeaderIdentity } from './auth/header-identity';
import { createSessionStore } from './auth/sessions';
import { createSignInThrottle } from './auth/sign-in-throttle';
import { fileUserStore, readUsersFile, type DashboardUser } from './auth/users-file';
import { readConfig, type Config, type Env } from './config';
import { valueOf } from './config-values';
import type { Logger } from './log';

export type Startup =
  { ok: true; config: Config; users: DashboardUser[] } | { ok: false; problems: string[] };

/**
 * Everything checked before the server listens: the environment (config.ts), then the files it
 * names — the users file must be readable, valid and not empty; the audit log must be appendable.
 * All problems are collected, so one message lists them all.
 */
export function prepare(env: Env): Startup {
  const result = readConfig(env);
  const problems = result.ok ? [] : [...result.problems];
  const usersFile = valueOf(env, 'DASHBOARD_USERS_FILE')?.trim();
  let users: DashboardUser[] = [];
  const wantsUsers = valueOf(env, 'DASHBOARD_AUTH')?.trim().toLowerCase() === 'password';
  if (wantsUsers && usersFile) {
    const read = readUsersFile(usersFile);
    if (!read.ok) problems.push(`DASHBOARD_USERS_FILE ${read.problem}.`);
    else if (read.users.length === 0) {
      problems.push(
        'DASHBOARD_USERS_FILE has no users: add one with npm run users -- add <username> --role manager.',
      );
    } else users = read.users;
  }
  const auditLog = valueOf(env, 'AUDIT_LOG')?.trim();
  if (auditLog) {
    try {
      closeSync(openSync(auditLog, 'a', 0o600));
    } catch (err) {
      problems.push(`AUDIT_LOG cannot be opened for appending (${(err as NodeJS.ErrnoException).code}).`);
    }
  }
  if (!result.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, config: result.config, users };
}

/** The access rules of the configured DASHBOARD_AUTH. */
export function createAccess(
  config: Config,
  users: DashboardUser[],
  logger: Logger,
  now: () => number = Date.now,
): Access {
  const auth = config.dashboardAuth;
  if (auth.mode === 'header') {
    return { mode: 'header', identity: createHeaderIdentity(auth) };
  }
  if (auth.mode === 'password') {
    return {
      mode: 'password',
      users: fileUserStore(auth.usersFile, users, logger, now),
      sessions: createSessionStore({
        idleMs: config.sessionIdleMinutes * 60_000,
        maxMs: config.sessionMaxHours * 3_600_000,
        now,
      }),
      throttle: createSignInThrottle(now),
    };
  }
  return { mode: 'none' };
}
