import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';
import { parseMemberTargetsResponse } from '../contract/member-targets';

import { createAuditLog } from './audit';
import { readEnvelope } from './testing/assertions';
import { PERSONAL, PERSONAL_BODY, startFaultyUpstream, type FaultyUpstream } from './testing/faulty-upstream';
import { startProxy, type ProxyHarness } from './testing/proxy-harness';
import { fromSso, headerAccess, PROXY_SECRET } from './testing/users';

const MEMBER = '/api/v3/users/64035151/targetGroups';
const MANAGER = ['maria@example.com', 'loyalty-managers'] as const;
const STAFF = ['sam@example.com', 'store-staff'] as const;

let upstream: FaultyUpstream;
let proxy: ProxyHarness;
const auditLines: string[] = [];

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  proxy = await startProxy({
    upstreamUrl: upstream.url,
    access: headerAccess(),
    audit: createAuditLog({ auth: 'header', write: (line) => void auditLines.push(line) }),
  });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.behaviour = 'personal';
  upstream.delayMs = 0;
  auditLines.length = 0;
});

/** The body exactly as the socket delivered it: what a staff browser receives, byte for byte. */
async function rawBody(res: Response): Promise<string> {
  return Buffer.from(await res.arrayBuffer()).toString('latin1');
}

const view = (who: readonly [string, string], path = MEMBER) =>
  fetch(`${proxy.url}${path}`, { headers: fromSso(...who) });

/** Every way the full values could appear in the bytes: plain, JSON-escaped, digits only. */
function expectNoPersonalData(raw: string): void {
  for (const value of [
    PERSONAL.mobile,
    PERSONAL.email,
    PERSONAL.noteEmail,
    PERSONAL.altPhone,
    PERSONAL.wechat,
  ]) {
    expect(raw).not.toContain(value);
    expect(raw).not.toContain(JSON.stringify(value).slice(1, -1));
  }
  expect(raw).not.toContain('tom.sawyer');
  expect(raw).not.toContain('becky.thatcher');
  expect(raw).not.toContain('7700900123');
  expect(raw).not.toContain('99882211');
}

describe('roles', () => {
  it('a manager gets the upstream bytes unchanged', async () => {
    const res = await view(MANAGER);
    expect(res.status).toBe(200);
    expect(await rawBody(res)).toBe(PERSONAL_BODY);
  });

  it('a staff user never receives a full phone number or email; names and ids stay', async () => {
    const res = await view(STAFF);
    expect(res.status).toBe(200);
    const raw = await rawBody(res);
    expectNoPersonalData(raw);
    const json = JSON.parse(raw);
    const profile = json.data.customer.profiles[0];
    expect(profile.commChannels.map((c: { value: string }) => c.value)).toEqual([
      '********1100',
      't***@capillarytech.com',
      `${'*'.repeat(PERSONAL.wechat.length - 4)}1876`,
    ]);
    expect(profile.firstName).toBe(PERSONAL.firstName);
    expect(profile.lastName).toBe(PERSONAL.lastName);
    expect(json.data.customer.customFields).toEqual({
      alt_mobile: '********0123',
      note: 'Prefers contact at b***@example.org or ********1100',
      dob: '1990-05-12',
      city: 'Hannibal',
    });
    expect(json.data.targetGroups[0]).toMatchObject({
      id: 9876543210,
      name: 'Spend 5000 in Q4',
      targets: [{ targetId: 1234567890, periodStartDate: '2026-10-01 00:00:00', targetValue: 5000 }],
    });
    // Still a getUserTargets response the app can read.
    const parsed = parseMemberTargetsResponse(json);
    expect(parsed.data?.customer.ok).toBe(true);
  });

  it("Capillary's messages to a staff user are masked too; a manager's are not", async () => {
    upstream.behaviour = 'personal400';
    const staff = await view(STAFF);
    expect(staff.status).toBe(400);
    const raw = await rawBody(staff);
    expectNoPersonalData(raw);
    expect(JSON.parse(raw)).toEqual({
      data: null,
      errors: [{ code: 8015, message: 'No member with mobile ********1100 or t***@capillarytech.com' }],
      warnings: [{ code: null, message: 'Duplicate profile t***@capillarytech.com' }],
    });
    expect(await rawBody(await view(MANAGER))).toContain(PERSONAL.mobile);
  });

  it('requests of a manager and staff sharing one upstream call each get their own answer', async () => {
    let release = () => {};
    upstream.gate = new Promise<void>((resolve) => (release = resolve));
    try {
      const pending = Array.from({ length: 20 }, (_, i) => view(i % 2 === 0 ? MANAGER : STAFF));
      // Every request has joined the one upstream call before Capillary answers it.
      while (proxy.source.waiting() < 20) await new Promise((r) => setTimeout(r, 5));
      release();
      const bodies = await Promise.all((await Promise.all(pending)).map(rawBody));
      expect(upstream.targetRequests()).toHaveLength(1);
      bodies.forEach((raw, i) => {
        if (i % 2 === 0) expect(raw).toBe(PERSONAL_BODY);
        else expectNoPersonalData(raw);
      });
    } finally {
      release();
      upstream.gate = null;
    }
  });
});

describe('header mode', () => {
  it('trusts the identity headers only with the proxy secret: anything else → 401', async () => {
    const cases: Record<string, string>[] = [
      { 'x-requested-with': 'fetch', 'x-forwarded-email': MANAGER[0], 'x-forwarded-groups': MANAGER[1] },
      fromSso(...MANAGER, 'wrong-secret'),
      fromSso(...MANAGER, `${PROXY_SECRET}x`),
      fromSso(...MANAGER, PROXY_SECRET.slice(0, -1)),
      fromSso('', MANAGER[1]),
      fromSso('not-an-email', MANAGER[1]),
    ];
    for (const headers of cases) {
      const res = await fetch(`${proxy.url}${MEMBER}`, { headers });
      expect(res.status).toBe(401);
      expect((await readEnvelope(res)).body.errors[0]?.code).toBe(PROXY_ERROR_CODES.unauthenticated);
    }
    expect(upstream.requests).toEqual([]);
  });

  it('a user in none of DASHBOARD_ROLE_GROUPS is known but not allowed: 403', async () => {
    const res = await view(['eve@example.com', 'finance, marketing']);
    expect(res.status).toBe(403);
    expect((await readEnvelope(res)).body.errors[0]?.code).toBe(PROXY_ERROR_CODES.forbidden);
    expect(upstream.requests).toEqual([]);
  });

  it('maps groups to roles (manager wins) and GET /api/session says so', async () => {
    const session = async (groups: string) =>
      (await readEnvelope(await view(['Kim@Example.com', groups], '/api/session'))).body.data;
    expect(await session('store-staff')).toEqual({ username: 'kim@example.com', role: 'staff' });
    expect(await session('store-leads,loyalty-managers')).toEqual({
      username: 'kim@example.com',
      role: 'manager',
    });
  });
});

describe('audit', () => {
  it('one line per member view: who, role, member id, when, outcome; never personal data', async () => {
    await view(STAFF);
    upstream.behaviour = 'invalidUser400';
    await view(MANAGER, '/api/v3/users/99999/targetGroups');
    await view(STAFF, '/api/v3/users/0919988221100/targetGroups');
    await view(MANAGER, '/api/session');
    const lines = auditLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        audit: true,
        action: 'member.view',
        actor: 'sam@example.com',
        role: 'staff',
        auth: 'header',
        memberId: '64035151',
        status: 200,
      },
      expect.objectContaining({ actor: 'maria@example.com', memberId: '99999', status: 400, code: '310011' }),
      // Not a member id: possibly a phone number typed into the wrong box, so it is not written down.
      expect.objectContaining({ memberId: null, status: 400, code: PROXY_ERROR_CODES.invalidRequest }),
    ]);
    const text = auditLines.join('');
    expect(text).not.toContain('0919988221100');
    for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value);
  });
});
