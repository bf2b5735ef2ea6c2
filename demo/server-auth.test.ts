import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { parseMemberTargetsResponse } from '../contract';
import { basicAuthorization } from './auth';
import { startDemoUpstream, type DemoUpstream } from './server';
import { TEST_TODAY } from './test-support';

// Capillary's two ways in, checked exactly. The docs' test vector: till store.server, password server123.
const DOCS_BASIC = 'Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3';
const UNAUTHORIZED = { data: null, errors: [{ code: 401, message: 'Unauthorized' }], warnings: null };

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
const token = (body: unknown) =>
  fetch(`${upstream.url}/v3/oauth/token/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('Basic authentication', () => {
  it('builds the docs’ header from till and password (MD5 before Base64)', () => {
    expect(basicAuthorization('store.server', 'server123')).toBe(DOCS_BASIC);
  });

  it('answers the right credentials with the member, as JSON', async () => {
    const res = await targets('900000001');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(parseMemberTargetsResponse(await res.json()).data?.userId).toBe('900000001');
  });

  it.each([
    ['no header', {}],
    ['a wrong password', { Authorization: basicAuthorization('store.server', 'server124') }],
    ['the password not MD5-hashed', { Authorization: `Basic ${btoa('store.server:server123')}` }],
    ['another scheme', { Authorization: DOCS_BASIC.replace('Basic', 'Bearer') }],
    ['a token the demo never issued', { 'X-CAP-API-OAUTH-TOKEN': 'demo.forged' }],
  ])('refuses %s with 401 and the Capillary envelope', async (_label, headers) => {
    const res = await get('/v3/users/900000001/targetGroups', headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(UNAUTHORIZED);
  });
});

describe('OAuth', () => {
  it('issues a token for the right key and secret, which then authorises requests', async () => {
    const res = await token({ key: 'demo-key', secret: 'demo-secret' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { accessToken: string; ttlSeconds: number }; errors: null };
    expect(body).toEqual({ data: { accessToken: expect.any(String), ttlSeconds: 300 }, errors: null });
    const ok = await get('/v3/users/900000002/targetGroups', {
      'X-CAP-API-OAUTH-TOKEN': body.data.accessToken,
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a wrong secret, a missing body or a token past its lifetime', async () => {
    expect((await token({ key: 'demo-key', secret: 'nope' })).status).toBe(401);
    expect((await token('not an object')).status).toBe(401);
    const { data } = (await (await token({ key: 'demo-key', secret: 'demo-secret' })).json()) as {
      data: { accessToken: string };
    };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 301_000);
      const res = await get('/v3/users/900000002/targetGroups', {
        'X-CAP-API-OAUTH-TOKEN': data.accessToken,
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(UNAUTHORIZED);
    } finally {
      vi.useRealTimers();
    }
  });

  it('issues nothing when no client credentials are configured', async () => {
    const basicOnly = await startDemoUpstream({ username: 'u', password: 'p', today: TEST_TODAY });
    try {
      const res = await fetch(`${basicOnly.url}/v3/oauth/token/generate`, {
        method: 'POST',
        body: JSON.stringify({ key: 'demo-key', secret: 'demo-secret' }),
      });
      expect(res.status).toBe(401);
    } finally {
      await basicOnly.close();
    }
  });
});
