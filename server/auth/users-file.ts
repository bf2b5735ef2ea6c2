import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

import { z } from 'zod';

import type { Logger } from '../log';

import { decoyHash, passwordHashSchema, SCRYPT_DEFAULTS, type PasswordHash } from './passwords';

/**
 * DASHBOARD_USERS_FILE: `{"users": [{"username", "role", "password": {scrypt hash}}]}`, written by
 * `npm run users` (scripts/users.ts) and read by the server, which picks up changes while running.
 */
export const ROLES = ['manager', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Letters, digits and `._@+-`: an email address works as a username. Compared case-insensitively. */
export const USERNAME = /^[a-z0-9][a-z0-9._@+-]{0,127}$/;
export const normaliseUsername = (raw: string) => raw.trim().toLowerCase();

const userSchema = z.strictObject({
  username: z.string().regex(USERNAME, 'a username is 1–128 of a-z 0-9 . _ @ + - (lower case)'),
  role: z.enum(ROLES),
  password: passwordHashSchema,
});

const usersFileSchema = z.strictObject({ users: z.array(userSchema) });

export type DashboardUser = z.infer<typeof userSchema>;

export type UsersRead = { ok: true; users: DashboardUser[] } | { ok: false; problem: string };

export function parseUsers(text: string): UsersRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The path and message only: never a value (a hash, a salt) from the file.
    return { ok: false, problem: `is not a users file (${issue?.path.join('.')}: ${issue?.message})` };
  }
  const seen = new Set<string>();
  for (const user of parsed.data.users) {
    if (seen.has(user.username)) return { ok: false, problem: `lists ${user.username} twice` };
    seen.add(user.username);
  }
  return { ok: true, users: parsed.data.users };
}

export function readUsersFile(path: string): UsersRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})` };
  }
  return parseUsers(text);
}

/** Written to a temporary file, then renamed: a reader never sees half a file. Owner-only (0600). */
export function writeUsersFile(path: string, users: readonly DashboardUser[]): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

export type UserStore = {
  /** The user as the file says now (at most a second old), or null. */
  find(username: string): DashboardUser | null;
  /** Same scrypt parameters as the file's users: the cost of checking a name that is not there. */
  decoy(): PasswordHash;
};

/** A fixed list (tests). */
export function staticUserStore(users: readonly DashboardUser[]): UserStore {
  const byName = new Map(users.map((u) => [u.username, u]));
  const decoy = decoyHash(users[0]?.password ?? SCRYPT_DEFAULTS);
  return { find: (name) => byName.get(normaliseUsername(name)) ?? null, decoy: () => decoy };
}

const RECHECK_MS = 1_000;

/**
 * The users file, re-read when it changes (checked at most once a second), so `npm run users --
 * remove` takes effect without a restart: a removed user's sessions stop working at their next
 * request. A file that becomes invalid is logged and the last good list kept.
 */
export function fileUserStore(
  path: string,
  initial: readonly DashboardUser[],
  logger: Logger,
  now: () => number = Date.now,
): UserStore {
  let store = staticUserStore(initial);
  let checkedAt = now();
  let version = fileVersion(path);

  function refresh() {
    if (now() - checkedAt < RECHECK_MS) return;
    checkedAt = now();
    const current = fileVersion(path);
    if (current === version) return;
    version = current;
    const read = readUsersFile(path);
    if (!read.ok) {
      logger.warn('the users file changed and is not valid: keeping the previous users', {
        problem: read.problem,
      });
      return;
    }
    store = staticUserStore(read.users);
    logger.info('users file reloaded', { users: read.users.length });
  }

  return {
    find(name) {
      refresh();
      return store.find(name);
    },
    decoy: () => store.decoy(),
  };
}

function fileVersion(path: string): string {
  try {
    const s = statSync(path);
    return `${s.ino}-${s.size}-${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
