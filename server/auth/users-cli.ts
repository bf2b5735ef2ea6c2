import { existsSync } from 'node:fs';

import { hashPassword, type ScryptParams, SCRYPT_DEFAULTS } from './passwords';
import {
  normaliseUsername,
  readUsersFile,
  ROLES,
  USERNAME,
  writeUsersFile,
  type DashboardUser,
  type Role,
} from './users-file';

/**
 * `npm run users -- add <username> --role manager|staff [--replace]` (the password from standard
 * input), `npm run users -- remove <username>`, `npm run users -- list`. The file is
 * DASHBOARD_USERS_FILE, or `--file <path>`. scripts/users.ts wires this to the terminal.
 */
export const USAGE = `Usage:
  npm run users -- add <username> --role manager|staff [--replace]   (password from standard input)
  npm run users -- remove <username>
  npm run users -- list
The users file is DASHBOARD_USERS_FILE, or --file <path>.`;

/** ASVS 5.0 V6.2: at least 8 characters, 15 strongly recommended; long passphrases allowed. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export type CliIo = {
  env: Readonly<Record<string, string | undefined>>;
  readPassword(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
  /** Lower scrypt cost in tests; the real command uses the defaults. */
  params?: ScryptParams;
};

type Parsed = { command: string; username?: string; role?: string; file?: string; replace: boolean };

function parse(args: readonly string[]): Parsed | string {
  const rest: string[] = [];
  const parsed: Parsed = { command: '', replace: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--role') parsed.role = args[++i];
    else if (a.startsWith('--role=')) parsed.role = a.slice(7);
    else if (a === '--file') parsed.file = args[++i];
    else if (a.startsWith('--file=')) parsed.file = a.slice(7);
    else if (a === '--replace') parsed.replace = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else rest.push(a);
  }
  parsed.command = rest[0] ?? '';
  parsed.username = rest[1];
  if (rest.length > (parsed.command === 'list' ? 1 : 2)) return 'too many arguments';
  return parsed;
}

/** Runs one command; the exit code is returned (0 done, 1 refused, 2 usage). */
export async function runUsersCli(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  const file = parsed.file ?? io.env.DASHBOARD_USERS_FILE?.trim();
  if (!file) {
    io.err(`Set DASHBOARD_USERS_FILE or pass --file <path>.\n${USAGE}`);
    return 2;
  }
  let users: DashboardUser[] = [];
  if (existsSync(file)) {
    const read = readUsersFile(file);
    if (!read.ok) {
      io.err(`${file} ${read.problem}: not changed.`);
      return 1;
    }
    users = read.users;
  }

  if (parsed.command === 'list' && parsed.username === undefined) {
    for (const u of users) io.out(`${u.username}\t${u.role}`);
    return 0;
  }
  const username = parsed.username === undefined ? undefined : normaliseUsername(parsed.username);
  if (!username || (parsed.command !== 'add' && parsed.command !== 'remove')) {
    io.err(USAGE);
    return 2;
  }
  if (!USERNAME.test(username)) {
    io.err('A username is 1–128 characters of a-z, 0-9 and . _ @ + - (an email address works).');
    return 2;
  }
  const existing = users.find((u) => u.username === username);

  if (parsed.command === 'remove') {
    if (!existing) {
      io.err(`${username} is not in ${file}.`);
      return 1;
    }
    writeUsersFile(
      file,
      users.filter((u) => u !== existing),
    );
    io.out(`Removed ${username}. Their sessions end at their next request.`);
    return 0;
  }

  if (!ROLES.includes(parsed.role as Role)) {
    io.err(`--role must be manager or staff.\n${USAGE}`);
    return 2;
  }
  if (existing && !parsed.replace) {
    io.err(`${username} already exists: add --replace to set a new password and role.`);
    return 1;
  }
  const password = await io.readPassword();
  if ([...password].length < MIN_PASSWORD_LENGTH || [...password].length > MAX_PASSWORD_LENGTH) {
    io.err(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`);
    return 1;
  }
  const user: DashboardUser = {
    username,
    role: parsed.role as Role,
    password: await hashPassword(password, io.params ?? SCRYPT_DEFAULTS),
  };
  writeUsersFile(file, [...users.filter((u) => u !== existing), user]);
  io.out(`${existing ? 'Replaced' : 'Added'} ${username} (${user.role}) in ${file}.`);
  return 0;
}
