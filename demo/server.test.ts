import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_CATALOG } from './catalog';
import { startDemoUpstream, type DemoUpstream } from './server';
import { TEST_TODAY } from './test-support';

// The docs' test vector: till store.server, password server123.
const DOCS_BASIC = 'Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3';
const INVALID_USER = { data: null, errors: [{ code: 310011, message: 'Invalid userId' }], warnings: null };

let upstream: DemoUpstream;
beforeAll(async () => {
  upstream = await startDemoUpstream({
    username: 'store.server',
    password: 'server123',
    clientKey: 'demo-key',
    clientSecret: 'demo-secret',
    today: TEST_TODAY,
  });
});
afterAll(() => upstream.close());

const get = (path: string, headers: Record<string, string> = { Authorization: DOCS_BASIC }) =>
  fetch(`${upstream.url}${path}`, { headers });
const targets = (id: string, query = '') => get(`/v3/users/${id}/targetGroups${query}`);

describe('startDemoUpstream', () => {
  it('listens on 127.0.0.1 on an ephemeral port and lists its catalog', () => {
    expect(upstream.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(upstream.catalog).toEqual(DEMO_CATALOG);
  });
});

describe('GET /v3/users/{userId}/targetGroups', () => {
  it.each(['123456', 'abc', '0123', '-5', '99999999999999999999', '9223372036854775808'])(
    'answers userId %s with 400 and code 310011',
    async (id) => {
      const res = await targets(id);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(INVALID_USER);
    },
  );

  it('changes its answer with each flag (900000001)', async () => {
    const periods = async (query: string) => {
      const body = (await (await targets('900000001', query)).json()) as {
        data: { targetGroups: { targets: unknown[] }[] };
      };
      return [body.data.targetGroups.length, body.data.targetGroups.flatMap((g) => g.targets).length];
    };
    expect(await periods('')).toEqual([3, 3]);
    expect(await periods('?includeInactive=false&includeInactiveTargets=false')).toEqual([3, 3]);
    expect(await periods('?includeInactive=true')).toEqual([3, 23]);
    expect(await periods('?includeInactiveTargets=true')).toEqual([4, 4]);
    expect(await periods('?includeInactive=true&includeInactiveTargets=true')).toEqual([4, 27]);
  });

  it('filters by targetRuleId and refuses a malformed one or a malformed flag', async () => {
    const body = (await (await targets('64035151', '?targetRuleId=427')).json()) as {
      data: { targetGroups: { id: number }[] };
    };
    expect(body.data.targetGroups.map((g) => g.id)).toEqual([851]);
    expect((await targets('64035151', '?targetRuleId=x1')).status).toBe(400);
    expect((await targets('64035151', '?includeInactive=yes')).status).toBe(400);
  });

  it('answers other paths and methods with a 404 envelope', async () => {
    for (const res of [
      await get('/v3/users/900000001/targetGroups/extra'),
      await get('/v2/users/900000001/targetGroups'),
      await fetch(`${upstream.url}/v3/users/900000001/targetGroups`, {
        method: 'POST',
        headers: { Authorization: DOCS_BASIC },
      }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toMatchObject({ data: null, errors: [{ code: 404 }] });
    }
  });
});

describe('GET /v2/customers/lookup', () => {
  const lookup = (name: string, value: string, headers?: Record<string, string>) =>
    get(
      `/v2/customers/lookup?source=INSTORE&identifierName=${name}&identifierValue=${encodeURIComponent(value)}`,
      headers,
    );

  it.each([
    ['mobile', '919988221100', 64035151],
    ['mobile', '+91 87115 33321', 387043873],
    ['email', 'TOM.SAWYER@capillarytech.com', 64035151],
    ['externalId', 'MP-900000001', 900000001],
    ['cardnumber', '7031000900000015', 900000015],
  ])('finds %s %s', async (name, value, entity) => {
    const res = await lookup(name, value);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ entity, warnings: [] });
  });

  it('answers an unknown customer with 200 and code 8015', async () => {
    const res = await lookup('email', 'nobody@example.com');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      entity: null,
      errors: [{ status: false, code: 8015, message: 'Customer not found' }],
      warnings: [],
    });
  });

  it('needs credentials and a known identifier name', async () => {
    expect((await lookup('mobile', '919988221100', {})).status).toBe(401);
    expect((await lookup('passport', 'X1')).status).toBe(400);
  });
});
