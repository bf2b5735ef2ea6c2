import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { startFaultyUpstream, type FaultyUpstream } from '../testing/faulty-upstream';
import { startProxy, type ProxyHarness } from '../testing/proxy-harness';
import { apiFetch } from '../testing/api-fetch';

const MEMBER = '/api/v3/users/64035151/targetGroups';

let upstream: FaultyUpstream;
let proxy: ProxyHarness;
let clock = 1_000_000;

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  proxy = await startProxy({
    upstreamUrl: upstream.url,
    auth: { mode: 'oauth', clientKey: 'client-key-1', clientSecret: 'client-secret-1' },
    timeoutMs: 500,
    now: () => clock,
  });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
beforeEach(async () => {
  // Each test starts with no usable token: every issued one is revoked, the clock far ahead.
  for (const t of upstream.oauth.issued) upstream.oauth.revoked.add(t);
  clock += 10_000_000;
  Object.assign(upstream.oauth, { enabled: true, ttlSeconds: 300, tokenStatus: 200, tokenDelayMs: 0 });
  upstream.behaviour = 'ok';
  upstream.requests.length = 0;
});

const get = () => apiFetch(`${proxy.url}${MEMBER}`);
const errorCode = async (res: Response) =>
  ((await res.json()) as { errors: { code: string }[] }).errors[0]?.code;

describe('OAuth', () => {
  it('generates a token with {key, secret} and no auth header, then sends it as X-CAP-API-OAUTH-TOKEN', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    const [tokenRequest] = upstream.tokenRequests();
    expect(tokenRequest?.method).toBe('POST');
    expect(JSON.parse(tokenRequest?.body ?? '')).toEqual({ key: 'client-key-1', secret: 'client-secret-1' });
    expect(tokenRequest?.headers.authorization).toBeUndefined();
    const [target] = upstream.targetRequests();
    expect(target?.headers['x-cap-api-oauth-token']).toBe(upstream.oauth.issued.at(-1));
    expect(target?.headers.authorization).toBeUndefined();
    expect(target?.headers.accept).toBe('application/json');
  });

  it('shares one generation among 20 concurrent requests (single flight)', async () => {
    upstream.oauth.tokenDelayMs = 50;
    const answers = await Promise.all(Array.from({ length: 20 }, get));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(upstream.tokenRequests()).toHaveLength(1);
    const tokens = new Set(upstream.targetRequests().map((r) => r.headers['x-cap-api-oauth-token']));
    expect(tokens.size).toBe(1);
  });

  it('reuses the token, then renews it before the lifetime runs out (80 % of 300 s)', async () => {
    await get();
    clock += 239_000;
    await get();
    expect(upstream.tokenRequests()).toHaveLength(1);
    clock += 2_000;
    await get();
    expect(upstream.tokenRequests()).toHaveLength(2);
  });

  it('on a 401 regenerates once and retries once', async () => {
    await get();
    upstream.oauth.revoked.add(upstream.oauth.issued.at(-1) ?? '');
    upstream.requests.length = 0;
    const res = await get();
    expect(res.status).toBe(200);
    expect(upstream.tokenRequests()).toHaveLength(1);
    expect(upstream.targetRequests()).toHaveLength(2);
  });

  it('concurrent 401s still make only one new token', async () => {
    await get();
    upstream.oauth.revoked.add(upstream.oauth.issued.at(-1) ?? '');
    upstream.oauth.tokenDelayMs = 30;
    upstream.requests.length = 0;
    const answers = await Promise.all(Array.from({ length: 5 }, get));
    expect(answers.map((r) => r.status)).toEqual(Array(5).fill(200));
    expect(upstream.tokenRequests()).toHaveLength(1);
  });

  it('does not loop when the retry is refused too: 502 credentials refused', async () => {
    upstream.behaviour = 'status401';
    upstream.oauth.enabled = false;
    const res = await get();
    expect(res.status).toBe(502);
    expect(await errorCode(res)).toBe(PROXY_ERROR_CODES.credentialsRefused);
    expect(upstream.targetRequests()).toHaveLength(2);
    expect(upstream.tokenRequests()).toHaveLength(2);
  });

  it.each([
    [401, 502, PROXY_ERROR_CODES.credentialsRefused],
    [403, 502, PROXY_ERROR_CODES.credentialsRefused],
    [500, 502, PROXY_ERROR_CODES.upstreamFailed],
  ])('a token generation answered %i → %i %s, with no target call', async (tokenStatus, status, code) => {
    upstream.oauth.tokenStatus = tokenStatus;
    const res = await get();
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
    expect(upstream.targetRequests()).toHaveLength(0);
  });

  it('a token generation that never answers in time → 504', async () => {
    upstream.oauth.tokenDelayMs = 2_000;
    const res = await get();
    expect(res.status).toBe(504);
    expect(await errorCode(res)).toBe(PROXY_ERROR_CODES.upstreamTimeout);
  });

  it('never logs a token, the key or the secret', async () => {
    await get();
    const text = proxy.lines.join('');
    expect(upstream.oauth.issued.length).toBeGreaterThan(0);
    for (const secret of [...upstream.oauth.issued, 'client-key-1', 'client-secret-1']) {
      expect(text).not.toContain(secret);
    }
  });
});
