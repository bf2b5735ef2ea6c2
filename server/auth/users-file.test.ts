import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { captureLogs } from '../testing/capture-logger';
import { buildUser, FAST_SCRYPT, manualClock } from '../testing/users';

import { verifyPassword } from './passwords';
import { runUsersCli, USAGE } from './users-cli';
import { fileUserStore, parseUsers, readUsersFile, writeUsersFile } from './users-file';

const dir = mkdtempSync(path.join(tmpdir(), 'mp-users-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(file: string, password = 'a-long-enough-password') {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...args: string[]) =>
    runUsersCli(args, {
      env: { DASHBOARD_USERS_FILE: file },
      readPassword: () => Promise.resolve(password),
      out: (l) => void out.push(l),
      err: (l) => void err.push(l),
      params: FAST_SCRYPT,
    });
  return { run, out, err };
}

describe('npm run users', () => {
  it('add, list, remove; the file holds scrypt hashes only, readable by its owner only', async () => {
    const file = path.join(dir, 'a.json');
    const { run, out } = cli(file);
    expect(await run('add', 'Maria@Example.com', '--role', 'manager')).toBe(0);
    expect(await run('add', 'sam', '--role=staff')).toBe(0);
    expect(await run('list')).toBe(0);
    expect(out.slice(-2)).toEqual(['maria@example.com\tmanager', 'sam\tstaff']);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('a-long-enough-password');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const read = readUsersFile(file);
    expect(read.ok && (await verifyPassword('a-long-enough-password', read.users[0]!.password))).toBe(true);
    expect(await run('remove', 'SAM')).toBe(0);
    expect(readUsersFile(file)).toMatchObject({ ok: true, users: [{ username: 'maria@example.com' }] });
  });

  it('refuses what it should: usage, a short password, a duplicate, an unknown user, a bad role', async () => {
    const file = path.join(dir, 'b.json');
    expect(await cli(file).run()).toBe(2);
    expect(await cli(file).run('add', 'sam')).toBe(2);
    expect(await cli(file).run('add', 'sam', '--role', 'admin')).toBe(2);
    expect(await cli(file).run('add', 'bad name', '--role', 'staff')).toBe(2);
    expect(await cli(file, 'short').run('add', 'sam', '--role', 'staff')).toBe(1);
    expect(await cli(file).run('add', 'sam', '--role', 'staff')).toBe(0);
    expect(await cli(file).run('add', 'sam', '--role', 'manager')).toBe(1);
    expect(await cli(file).run('add', 'sam', '--role', 'manager', '--replace')).toBe(0);
    expect(await cli(file).run('remove', 'nobody')).toBe(1);
    const noFile = cli('');
    expect(
      await runUsersCli(['list'], {
        env: {},
        readPassword: () => Promise.resolve(''),
        out: () => {},
        err: (l) => noFile.err.push(l),
      }),
    ).toBe(2);
    expect(noFile.err[0]).toContain(USAGE.split('\n')[0]);
  });
});

describe('the users file', () => {
  it('parse problems name the place, never a value', () => {
    expect(parseUsers('nope')).toEqual({ ok: false, problem: 'is not valid JSON' });
    const bad = parseUsers('{"users":[{"username":"x","role":"root","password":{"hash":"secret-hash"}}]}');
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain('secret-hash');
  });

  it('the server sees additions and removals without a restart; an invalid edit keeps the last good list', async () => {
    const file = path.join(dir, 'c.json');
    const clock = manualClock();
    const logs = captureLogs();
    const sam = await buildUser('sam', 'staff', 'p-staff-password');
    writeUsersFile(file, [sam]);
    const store = fileUserStore(file, [sam], logs.logger, clock.now);
    expect(store.find('SAM')?.role).toBe('staff');
    writeUsersFile(file, [await buildUser('kim', 'manager', 'p-manager-password')]);
    clock.advance(1_001);
    expect(store.find('sam')).toBeNull();
    expect(store.find('kim')?.role).toBe('manager');
    writeFileSync(file, '{"users": [');
    clock.advance(1_001);
    expect(store.find('kim')?.role).toBe('manager');
    expect(logs.records().at(-1)).toMatchObject({ level: 'warn' });
  });
});
