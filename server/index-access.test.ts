import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { writeUsersFile } from './auth/users-file';
import { apiFetch } from './testing/api-fetch';
import { MEMBER_BODY, startFaultyUpstream, type FaultyUpstream } from './testing/faulty-upstream';
import { freePort, killChildren, startServer } from './testing/spawn-server';
import { PASSWORDS, testUsers } from './testing/users';

// The entry file in a real process: what it refuses, what it warns about, how it stops.
let upstream: FaultyUpstream;
let dir: string;
const MEMBER = '/api/v3/users/64035151/targetGroups';

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  dir = await mkdtemp(path.join(tmpdir(), 'mp-access-'));
});
afterAll(async () => {
  await upstream.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  upstream.behaviour = 'ok';
  upstream.delayMs = 0;
  upstream.requests.length = 0;
});
afterEach(killChildren);

const capillary = () => ({
  HOST: '127.0.0.1',
  CAPILLARY_BASE_URL: upstream.url,
  CAPILLARY_AUTH: 'basic',
  CAPILLARY_USERNAME: 'store.server',
  CAPILLARY_PASSWORD: 'server123',
});

describe('DASHBOARD_AUTH at start-up', () => {
  it('with a real Capillary and DASHBOARD_AUTH unset: refuses to start and says why, with every other problem', async () => {
    const { exited, out } = startServer({
      ...capillary(),
      PORT: '0',
      BREAKER_FAILURES: '0',
      SESSION_MAX_HOURS: 'x',
    });
    expect(await exited).toBe(1);
    expect(out.stderr).toContain('DASHBOARD_AUTH is required with CAPILLARY_BASE_URL');
    expect(out.stderr).toContain('BREAKER_FAILURES');
    expect(out.stderr).toContain('SESSION_MAX_HOURS');
    expect(out.stderr).not.toContain('server123');
  }, 30_000);

  it('DASHBOARD_AUTH=none with a real Capillary starts, with a warning', async () => {
    const port = await freePort();
    const server = startServer({ ...capillary(), PORT: String(port), DASHBOARD_AUTH: 'none' });
    await server.listening();
    expect(server.lines()).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: expect.stringContaining('DASHBOARD_AUTH=none') }),
    );
    expect((await apiFetch(`http://127.0.0.1:${port}${MEMBER}`)).status).toBe(200);
  }, 30_000);

  it('password mode: a missing users file is a start-up problem', async () => {
    const { exited, out } = startServer({
      PORT: '0',
      DASHBOARD_AUTH: 'password',
      DASHBOARD_USERS_FILE: path.join(dir, 'missing.json'),
    });
    expect(await exited).toBe(1);
    expect(out.stderr).toContain('DASHBOARD_USERS_FILE does not exist');
  }, 30_000);

  it('password mode end to end: sign in, view, audit to AUDIT_LOG, sign out', async () => {
    const usersFile = path.join(dir, 'users.json');
    const auditLog = path.join(dir, 'audit.log');
    writeUsersFile(usersFile, await testUsers());
    const port = await freePort();
    const server = startServer({
      ...capillary(),
      PORT: String(port),
      DASHBOARD_AUTH: 'password',
      DASHBOARD_USERS_FILE: usersFile,
      AUDIT_LOG: auditLog,
    });
    await server.listening();
    const base = `http://127.0.0.1:${port}`;
    expect((await apiFetch(`${base}${MEMBER}`)).status).toBe(401);
    const signIn = await apiFetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sam', password: PASSWORDS.staff }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await apiFetch(`${base}${MEMBER}`, { headers: { cookie } })).status).toBe(200);
    expect((await apiFetch(`${base}/api/session`, { method: 'DELETE', headers: { cookie } })).status).toBe(
      200,
    );
    expect((await apiFetch(`${base}${MEMBER}`, { headers: { cookie } })).status).toBe(401);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const audit = (await readFile(auditLog, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(audit.map((a) => a.action)).toEqual(['session.start', 'member.view', 'session.end']);
    expect(audit[1]).toMatchObject({
      actor: 'sam',
      role: 'staff',
      auth: 'password',
      memberId: '64035151',
      status: 200,
    });
    expect(server.out.stdout).not.toContain('"audit":true');
    expect(server.out.stdout).not.toContain(PASSWORDS.staff);
  }, 30_000);
});

describe('SIGTERM', () => {
  it('stops accepting, lets the request in flight finish, then exits 0', async () => {
    const port = await freePort();
    const server = startServer({ ...capillary(), PORT: String(port), DASHBOARD_AUTH: 'none' });
    await server.listening();
    upstream.delayMs = 1_500;
    const base = `http://127.0.0.1:${port}`;
    const inFlight = apiFetch(`${base}${MEMBER}`);
    while (upstream.targetRequests().length === 0) await new Promise((r) => setTimeout(r, 10));
    server.child.kill('SIGTERM');
    // Once it has stopped listening, a new connection is refused.
    let refused = false;
    for (let i = 0; i < 100 && !refused; i++) {
      refused = await fetch(`${base}/healthz`).then(
        () => false,
        () => true,
      );
      if (!refused) await new Promise((r) => setTimeout(r, 10));
    }
    expect(refused).toBe(true);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(MEMBER_BODY);
    expect(await server.exited).toBe(0);
    const msgs = server.lines().map((l) => l.msg);
    expect(msgs.slice(-2)).toEqual(['request', 'stopped']);
    expect(msgs).toContain('shutting down');
  }, 30_000);
});
