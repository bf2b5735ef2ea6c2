import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { expectApiHeaders, readEnvelope } from './testing/assertions';
import { startFaultyUpstream, type FaultyUpstream } from './testing/faulty-upstream';
import { startProxy, type ProxyHarness } from './testing/proxy-harness';
import { rawGet } from './testing/raw-get';
import { isPositiveJavaLong } from './validation';
import { apiFetch } from './testing/api-fetch';

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

describe('userId', () => {
  it.each([
    '/api/v3/users/%31/targetGroups',
    '/api/v3/users/%2e%2e/targetGroups',
    '/api/v3/users/..%2f..%2fadmin/targetGroups',
    '/api/v3/users/1%2f2/targetGroups',
    '/api/v3/users/../targetGroups',
    '/api/v3/users//targetGroups',
    '/api/v3/users/0064035151/targetGroups',
    '/api/v3/users/9223372036854775808/targetGroups',
    '/api/v3/users/-1/targetGroups',
    '/api/v3/users/%zz/targetGroups',
  ])('%s → 400 and no upstream call', async (path) => {
    const { status, body } = await rawGet(proxy.url, path);
    expect(status).toBe(400);
    expect(JSON.parse(body).errors[0].code).toBe(PROXY_ERROR_CODES.invalidRequest);
    expect(upstream.requests).toEqual([]);
  });

  it('the largest Java Long goes through', async () => {
    const { status } = await rawGet(proxy.url, '/api/v3/users/9223372036854775807/targetGroups');
    expect(status).toBe(200);
    expect(upstream.targetRequests()[0]?.url).toBe('/gateway/v3/users/9223372036854775807/targetGroups');
  });

  it('property: anything but a canonical positive Long answers 400 and never reaches the upstream', async () => {
    const candidate = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[-+0 ]?[0-9]{1,21}[ .e]?[0-9]?$/),
      fc.bigInt({ min: 1n, max: 9223372036854775807n }).map(String),
      fc.bigInt({ min: 9223372036854775808n, max: 10n ** 22n }).map(String),
    );
    await fc.assert(
      fc.asyncProperty(candidate, async (id) => {
        upstream.requests.length = 0;
        const res = await apiFetch(`${proxy.url}/api/v3/users/${encodeURIComponent(id)}/targetGroups`);
        await res.arrayBuffer();
        if (isPositiveJavaLong(id)) {
          expect(res.status).toBe(200);
          expect(upstream.targetRequests().map((r) => r.url)).toEqual([
            `/gateway/v3/users/${id}/targetGroups`,
          ]);
        } else {
          expect(res.status).toBe(400);
          expect(upstream.requests).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405 with Allow: GET', async (method) => {
    const res = await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expectApiHeaders(res);
    const { body } = await readEnvelope(res);
    expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.methodNotAllowed);
    expect(upstream.requests).toEqual([]);
  });

  it('HEAD asks the upstream with GET and answers without a body', async () => {
    const res = await apiFetch(`${proxy.url}/api/v3/users/64035151/targetGroups`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(upstream.targetRequests()[0]?.method).toBe('GET');
  });
});
