import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createApp } from './app';
import { listen, type Listening } from './listen';
import { captureLogs } from './testing/capture-logger';
import { startHotPathApp } from './testing/hot-path-app';
import { type Behaviour, type FaultyUpstream } from './testing/faulty-upstream';
import { fromSso, headerAccess } from './testing/users';
import type { createResilientSource } from './upstream/resilient-source';

/**
 * The hot path (hot-path.ts) answers a manager's found member itself and hands everything else to the
 * app. Here one app is served twice: with its hot path, and as the app alone. Every answer, audit
 * line and request log line must be the same either way.
 */
const MEMBER = '/api/v3/users/64035151/targetGroups';
const MANAGER = fromSso('maria@example.com', 'loyalty-managers');
const STAFF = fromSso('sam@example.com', 'store-staff');

let upstream: FaultyUpstream;
let withHotPath: Listening;
let appOnly: Listening;
let source: ReturnType<typeof createResilientSource>;
const logs = captureLogs('debug');
const auditLines: string[] = [];

beforeAll(async () => {
  let app: Awaited<ReturnType<typeof startHotPathApp>>['app'];
  ({ upstream, source, app } = await startHotPathApp(logs, auditLines));
  withHotPath = await listen(app, { port: 0, host: '127.0.0.1' });
  appOnly = await listen({ fetch: app.fetch }, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await withHotPath?.close(100);
  await appOnly?.close(100);
  await source?.close();
  await upstream?.close();
});
beforeEach(() => {
  upstream.behaviour = 'ok';
  logs.lines.length = 0;
  auditLines.length = 0;
});

type Seen = {
  status: number;
  headers: Record<string, string>;
  body: string;
  audit: unknown[];
  log: unknown[];
};

/** One request and everything it left behind, minus what differs by the clock. */
async function seen(base: string, path: string, init: RequestInit): Promise<Seen> {
  logs.lines.length = 0;
  auditLines.length = 0;
  const res = await fetch(`${base}${path}`, init);
  const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
  // The audit and log lines are written as the answer is; give the app's last microtasks a turn.
  await new Promise((r) => setTimeout(r, 20));
  const audit = auditLines.map((l) => ({ ...(JSON.parse(l) as object), time: undefined }));
  const log = logs.records().map((r) => ({ ...r, time: undefined, durationMs: undefined }));
  return { status: res.status, headers, body, audit, log };
}

async function expectSame(path: string, init: RequestInit, behaviour: Behaviour = 'ok'): Promise<Seen> {
  upstream.behaviour = behaviour;
  const hot = await seen(withHotPath.url, path, init);
  const app = await seen(appOnly.url, path, init);
  expect(hot).toEqual(app);
  return hot;
}

describe('the hot path answers exactly as the app does', () => {
  it.each<[string, Behaviour, Record<string, string>]>([
    ['a manager, found', 'ok', MANAGER],
    ['a manager, a member with personal data', 'personal', MANAGER],
    ['a staff user, masked (handed to the app)', 'personal', STAFF],
    ['a manager, Capillary refuses the member', 'invalidUser400', MANAGER],
    ['a staff user, Capillary refuses the member', 'invalidUser400', STAFF],
    ['a manager, an HTML 500', 'html500', MANAGER],
    ['a manager, a body that is not JSON', 'nonJson200', MANAGER],
    ['a manager, a truncated body', 'truncatedLength', MANAGER],
    ['a manager, Capillary rate-limits', 'rateLimited429', MANAGER],
    ['a manager, credentials refused', 'status401', MANAGER],
    ['a manager, a redirect', 'redirect302', MANAGER],
  ])('%s', async (_name, behaviour, headers) => {
    const hot = await expectSame(MEMBER, { headers }, behaviour);
    expect(hot.audit).toHaveLength(1);
    expect(hot.log).toHaveLength(1);
  });

  it('a manager found over https (the trusted proxy says so): HSTS too', async () => {
    const hot = await expectSame(`${MEMBER}?includeInactive=true&targetRuleId=7`, {
      headers: { ...MANAGER, 'x-forwarded-proto': 'https' },
    });
    expect(hot.status).toBe(200);
    expect(hot.headers['strict-transport-security']).toBeDefined();
  });

  it.each<[string, string, RequestInit]>([
    ['no X-Requested-With', MEMBER, { headers: { ...MANAGER, 'x-requested-with': '' } }],
    ['an invalid query value', `${MEMBER}?includeInactive=yes`, { headers: MANAGER }],
    [
      'a repeated query parameter',
      `${MEMBER}?includeInactive=true&includeInactive=false`,
      { headers: MANAGER },
    ],
    ['an id with a leading zero', '/api/v3/users/064035151/targetGroups', { headers: MANAGER }],
    ['an encoded id', '/api/v3/users/%3664035151/targetGroups', { headers: MANAGER }],
    ['an id past a Java long', '/api/v3/users/9223372036854775808/targetGroups', { headers: MANAGER }],
    ['no identity', MEMBER, { headers: { 'x-requested-with': 'fetch' } }],
    ['a group without a role', MEMBER, { headers: fromSso('x@example.com', 'nobody') }],
    ['a wrong proxy secret', MEMBER, { headers: fromSso('maria@example.com', 'loyalty-managers', 'nope') }],
    ['HEAD', MEMBER, { method: 'HEAD', headers: MANAGER }],
    ['POST', MEMBER, { method: 'POST', headers: MANAGER }],
    ['Content-Length: 0', MEMBER, { method: 'GET', headers: { ...MANAGER, 'content-length': '0' } }],
  ])('declined and left to the app: %s', async (_name, path, init) => {
    const headers = new Headers(init.headers);
    if (headers.get('x-requested-with') === '') headers.delete('x-requested-with');
    await expectSame(path, { ...init, headers });
  });
});

describe('the hot path shares the app state', () => {
  it("answers a manager's found member without the app, and hands the rest over", async () => {
    const reached: string[] = [];
    const app = createApp({ source, logger: captureLogs().logger, access: headerAccess() });
    const server = await listen(
      {
        hotPath: app.hotPath,
        fetch: (request) => {
          reached.push(new URL(request.url).pathname);
          return app.fetch(request);
        },
      },
      { port: 0, host: '127.0.0.1' },
    );
    try {
      upstream.behaviour = 'personal';
      for (const who of [MANAGER, STAFF, MANAGER]) {
        const res = await fetch(`${server.url}${MEMBER}`, { headers: who });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
      expect(reached).toEqual([MEMBER]);
    } finally {
      await server.close(100);
    }
  });

  it('counts each request once against the per-user limit, handed over or not', async () => {
    const limitedLogs = captureLogs();
    const app = createApp({
      source,
      logger: limitedLogs.logger,
      access: headerAccess(),
      ratePerUserPerMin: 3,
    });
    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    try {
      upstream.behaviour = 'personal';
      const status = async (path: string, headers: Record<string, string>) => {
        const res = await fetch(`${server.url}${path}`, { headers });
        await res.arrayBuffer();
        return res.status;
      };
      // A staff user's views are handed to the app (masking): still one count each.
      const staff = [];
      for (let i = 0; i < 4; i++) staff.push(await status(MEMBER, STAFF));
      expect(staff).toEqual([200, 200, 200, 429]);
      // A manager's are answered on the hot path; the app's other routes count in the same limiter.
      expect(await status('/api/nothing-here', MANAGER)).toBe(404);
      expect(await status(MEMBER, MANAGER)).toBe(200);
      expect(await status(MEMBER, MANAGER)).toBe(200);
      expect(await status(MEMBER, MANAGER)).toBe(429);
      expect(await status('/api/config', MANAGER)).toBe(200);
    } finally {
      await server.close(100);
    }
  });

  it('joins identical requests in flight into one upstream call', async () => {
    upstream.behaviour = 'ok';
    upstream.requests.length = 0;
    let release = () => {};
    upstream.gate = new Promise<void>((resolve) => (release = resolve));
    try {
      const answers = Array.from({ length: 20 }, () =>
        fetch(`${withHotPath.url}${MEMBER}`, { headers: MANAGER }),
      );
      for (let i = 0; i < 200 && source.waiting() < 20; i++) await new Promise((r) => setTimeout(r, 10));
      release();
      const statuses = await Promise.all(answers.map(async (a) => (await a).status));
      expect(statuses).toEqual(Array(20).fill(200));
      expect(upstream.targetRequests()).toHaveLength(1);
    } finally {
      upstream.gate = null;
    }
  });
});
