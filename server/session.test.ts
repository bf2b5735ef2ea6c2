import { beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { createApp } from './app';
import { SESSION_COOKIE } from './auth/access';
import { FREE_FAILURES } from './auth/sign-in-throttle';
import { fromApp } from './testing/api-fetch';
import { readEnvelope } from './testing/assertions';
import { captureLogs } from './testing/capture-logger';
import { recordingSource } from './testing/recording-source';
import { manualClock, PASSWORDS, passwordAccess, testUsers, type Clock } from './testing/users';

const OK_BODY = new TextEncoder().encode('{"data":{"userId":1},"errors":null,"warnings":null}');
const MEMBER = '/api/v3/users/42/targetGroups';
const users = await testUsers();

let clock: Clock;
beforeEach(() => {
  clock = manualClock();
});

function build(limits?: { idleMinutes?: number; maxHours?: number }) {
  const logs = captureLogs('debug');
  const source = recordingSource({ outcome: 'found', status: 200, body: OK_BODY, upstreamStatus: 200 });
  const access = passwordAccess(users, clock, limits);
  const app = createApp({ source, logger: logs.logger, access, now: clock.now });
  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    app.request(
      '/api/session',
      fromApp({
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ username, password }),
      }),
    );
  const as = (cookie: string | null, path = MEMBER, init: RequestInit = {}) =>
    app.request(path, fromApp({ ...init, headers: { ...(cookie ? { cookie } : {}), ...init.headers } }));
  return { app, source, logs, access, signIn, as };
}

/** The `name=value` part of a Set-Cookie, as the browser would send it back. */
function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}

describe('POST /api/session', () => {
  it('signs in: 200 {username, role} and a __Host- cookie: HttpOnly, Secure, SameSite=Strict, Path=/', async () => {
    const { signIn } = build();
    const res = await signIn('Maria@Example.com', PASSWORDS.manager);
    expect(res.status).toBe(200);
    expect((await readEnvelope(res)).body.data).toEqual({ username: 'maria@example.com', role: 'manager' });
    const attributes = (res.headers.get('set-cookie') ?? '').split(';').map((a) => a.trim());
    expect(attributes[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}$`));
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict', 'Secure']);
  });

  it('a wrong password and an unknown username get the same 401, and no cookie', async () => {
    const { signIn } = build();
    for (const res of [await signIn('sam', 'not-the-password'), await signIn('nobody', PASSWORDS.staff)]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      const { body } = await readEnvelope(res);
      expect(body.errors).toEqual([
        { code: PROXY_ERROR_CODES.signInFailed, message: 'Wrong username or password.' },
      ]);
    }
  });

  it('refuses what is not a JSON sign-in: 415, 400, 413', async () => {
    const { app } = build();
    const post = (body: string, type = 'application/json') =>
      app.request('/api/session', fromApp({ method: 'POST', headers: { 'content-type': type }, body }));
    expect((await post('username=sam&password=x', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post('{"username":"sam"}')).status).toBe(400);
    expect((await post('{"username":"sam","password":"x","admin":true}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify({ username: 'sam', password: 'x'.repeat(5000) }))).status).toBe(413);
  });

  it('slows repeated failures per username and address: 429 + Retry-After, without checking the password', async () => {
    const { signIn, logs } = build();
    for (let i = 0; i < FREE_FAILURES; i++) expect((await signIn('sam', `wrong-${i}`)).status).toBe(401);
    const blocked = await signIn('sam', PASSWORDS.staff);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    expect((await readEnvelope(blocked)).body.errors[0]?.code).toBe(PROXY_ERROR_CODES.signInThrottled);
    // Another username from the same address is not held up.
    expect((await signIn('maria@example.com', PASSWORDS.manager)).status).toBe(200);
    clock.advance(1_000);
    expect((await signIn('sam', PASSWORDS.staff)).status).toBe(200);
    const failures = logs.records().filter((r) => r.msg === 'sign-in failed');
    expect(failures).toHaveLength(FREE_FAILURES);
    expect(failures[0]).toMatchObject({ level: 'warn', user: 'sam' });
  });

  it('logs failed sign-ins without the password, and an unknown username only as a pseudonym', async () => {
    const { signIn, logs } = build();
    await signIn('sam', 'my-secret-attempt');
    await signIn('member.email@gmail.com', 'another-secret');
    const text = logs.lines.join('');
    for (const secret of ['my-secret-attempt', 'another-secret', 'member.email@gmail.com', PASSWORDS.staff]) {
      expect(text).not.toContain(secret);
    }
    const unknown = logs.records().filter((r) => r.msg === 'sign-in failed')[1];
    expect(unknown).toMatchObject({ unknownUser: true, userRef: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });
});

describe('with and without a session', () => {
  it('without a session every /api route but sign-in and config answers 401; /healthz stays open', async () => {
    const { as, app, source } = build();
    for (const path of [MEMBER, '/api/session', '/api/demo/members', '/api/nope', '/api']) {
      const res = await as(null, path);
      expect(res.status, path).toBe(401);
      expect((await readEnvelope(res)).body.errors[0]?.code).toBe(PROXY_ERROR_CODES.unauthenticated);
    }
    expect((await as(`${SESSION_COOKIE}=forged-or-expired`)).status).toBe(401);
    expect(source.calls).toEqual([]);
    expect((await app.request('/healthz')).status).toBe(200);
    const config = await as(null, '/api/config');
    expect(config.status).toBe(200);
    expect((await readEnvelope(config)).body.data).toEqual({ demo: false, auth: 'password' });
  });

  it('GET /api/session says who is signed in; the member route answers', async () => {
    const { signIn, as } = build();
    const cookie = cookieOf(await signIn('sam', PASSWORDS.staff));
    const me = await as(cookie, '/api/session');
    expect(me.status).toBe(200);
    expect((await readEnvelope(me)).body.data).toEqual({ username: 'sam', role: 'staff' });
    expect((await as(cookie)).status).toBe(200);
  });

  it('DELETE /api/session revokes the session on the server: the old cookie then gets 401', async () => {
    const { signIn, as } = build();
    const cookie = cookieOf(await signIn('sam', PASSWORDS.staff));
    const out = await as(cookie, '/api/session', { method: 'DELETE' });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toBe(
      `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`,
    );
    expect((await as(cookie)).status).toBe(401);
    expect((await as(cookie, '/api/session')).status).toBe(401);
    // Signing out again (a second tab) still succeeds.
    expect((await as(cookie, '/api/session', { method: 'DELETE' })).status).toBe(200);
  });

  it('a new sign-in replaces the session the browser had (no fixation)', async () => {
    const { signIn, as } = build();
    const first = cookieOf(await signIn('sam', PASSWORDS.staff));
    const second = cookieOf(await signIn('sam', PASSWORDS.staff, { cookie: first }));
    expect(second).not.toBe(first);
    expect((await as(first)).status).toBe(401);
    expect((await as(second)).status).toBe(200);
  });

  it('ends after SESSION_IDLE_MINUTES without a request', async () => {
    const { signIn, as } = build({ idleMinutes: 30 });
    const cookie = cookieOf(await signIn('sam', PASSWORDS.staff));
    clock.advance(29 * 60_000);
    expect((await as(cookie)).status).toBe(200);
    clock.advance(29 * 60_000); // 58 minutes in, but active 29 minutes ago
    expect((await as(cookie)).status).toBe(200);
    clock.advance(30 * 60_000);
    expect((await as(cookie)).status).toBe(401);
  });

  it('ends SESSION_MAX_HOURS after sign-in, however active', async () => {
    const { signIn, as } = build({ idleMinutes: 30, maxHours: 1 });
    const cookie = cookieOf(await signIn('sam', PASSWORDS.staff));
    for (let minutes = 20; minutes < 60; minutes += 20) {
      clock.advance(20 * 60_000);
      expect((await as(cookie)).status).toBe(200);
    }
    clock.advance(20 * 60_000);
    expect((await as(cookie)).status).toBe(401);
  });
});

describe('CSRF and CORS', () => {
  it('an /api request without X-Requested-With → 403, before sign-in is even looked at', async () => {
    const { signIn, app } = build();
    const cookie = cookieOf(await signIn('sam', PASSWORDS.staff));
    for (const [path, method] of [
      [MEMBER, 'GET'],
      ['/api/config', 'GET'],
      ['/api/session', 'POST'],
      ['/api/session', 'DELETE'],
    ] as const) {
      const res = await app.request(path, { method, headers: { cookie } });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await readEnvelope(res)).body.errors[0]?.code).toBe(PROXY_ERROR_CODES.csrfHeaderMissing);
    }
    // The session survived the refused DELETE.
    expect((await app.request(MEMBER, fromApp({ headers: { cookie } }))).status).toBe(200);
  });

  it('grants no CORS: a preflight is refused and no Access-Control-Allow-* header is ever sent', async () => {
    const { app, signIn } = build();
    const preflight = await app.request('/api/session', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-requested-with,content-type',
      },
    });
    expect(preflight.status).toBe(403);
    const signedIn = await signIn('sam', PASSWORDS.staff, { origin: 'https://evil.example' });
    for (const res of [preflight, signedIn]) {
      for (const name of res.headers.keys()) expect(name).not.toMatch(/^access-control-/);
    }
  });
});
