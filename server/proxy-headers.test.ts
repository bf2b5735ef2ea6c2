import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { expectApiHeaders, readEnvelope } from './testing/assertions';
import { startFaultyUpstream, type FaultyUpstream } from './testing/faulty-upstream';
import { startProxy, TEST_PASSWORD, type ProxyHarness } from './testing/proxy-harness';
import { apiFetch } from './testing/api-fetch';

const BASIC = 'Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3';

let upstream: FaultyUpstream;
let proxy: ProxyHarness;

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  // A path prefix on the base URL (a gateway) is kept; the trailing slash is tolerated.
  proxy = await startProxy({ upstreamUrl: `${upstream.url}/gateway/` });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.behaviour = 'ok';
});

describe('what goes upstream', () => {
  it('only our headers: Basic auth (docs vector), Accept JSON, nothing of the browser', async () => {
    const res = await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups`, {
      headers: {
        authorization: 'Bearer browser-token',
        cookie: 'session=browser-cookie',
        'x-forwarded-for': '10.0.0.1',
        'x-custom': 'browser',
      },
    });
    expect(res.status).toBe(200);
    const [seen] = upstream.targetRequests();
    expect(seen?.method).toBe('GET');
    expect(seen?.url).toBe('/gateway/v3/users/64035151/targetGroups');
    expect(seen?.headers.authorization).toBe(BASIC);
    expect(seen?.headers.accept).toBe('application/json');
    expect(seen?.headers.cookie).toBeUndefined();
    expect(seen?.headers['x-forwarded-for']).toBeUndefined();
    expect(seen?.headers['x-custom']).toBeUndefined();
    expect(JSON.stringify(seen?.headers)).not.toContain('browser');
  });

  it('only the documented query parameters, validated; others dropped', async () => {
    const res = await apiFetch(
      `${proxy.url}/api/v3/users/64035151/targetGroups?targetRuleId=427&foo=bar&includeInactive=true&includeInactiveTargets=false&url=http://evil`,
    );
    expect(res.status).toBe(200);
    expect(upstream.targetRequests()[0]?.url).toBe(
      '/gateway/v3/users/64035151/targetGroups?includeInactiveTargets=false&includeInactive=true&targetRuleId=427',
    );
  });

  it.each(['includeInactive=yes', 'includeInactiveTargets=True', 'targetRuleId=0427', 'targetRuleId=abc'])(
    'refuses %s with 400 before any upstream call',
    async (qs) => {
      const res = await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups?${qs}`);
      expect(res.status).toBe(400);
      expectApiHeaders(res);
      const { body } = await readEnvelope(res);
      expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.invalidRequest);
      expect(upstream.requests).toEqual([]);
    },
  );
});

describe('what comes back', () => {
  it('our headers only: no Set-Cookie, WWW-Authenticate, Server or X-Powered-By of the upstream', async () => {
    upstream.behaviour = 'okWithHostileHeaders';
    const res = await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups`);
    expect(res.status).toBe(200);
    expectApiHeaders(res);
    expect(res.headers.get('server')).toBeNull();
  });

  it('a 401 from upstream never hands its WWW-Authenticate to the browser', async () => {
    upstream.behaviour = 'status401';
    const res = await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups`);
    expect(res.status).toBe(502);
    expectApiHeaders(res);
  });
});

describe('logs', () => {
  it('hold no password, auth header, token, member id or query at info', async () => {
    await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups?targetRuleId=98765431`, {
      headers: { authorization: 'Bearer browser-token', cookie: 'session=browser-cookie' },
    });
    upstream.behaviour = 'status401';
    await apiFetch(`${proxy.url}/api/v3/users/64035152/targetGroups`);
    const text = proxy.lines.join('');
    for (const secret of [
      TEST_PASSWORD,
      BASIC.slice(6),
      'Basic',
      'browser-token',
      'browser-cookie',
      '64035151',
      '98765431',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(proxy.requestRecords().slice(-2)).toEqual([
      expect.objectContaining({
        level: 'info',
        route: '/api/v3/users/:userId/targetGroups',
        status: 200,
        upstreamStatus: 200,
      }),
      expect.objectContaining({
        level: 'warn',
        status: 502,
        upstreamStatus: 401,
        error: PROXY_ERROR_CODES.credentialsRefused,
      }),
    ]);
  });
});
