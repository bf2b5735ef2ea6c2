import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { apiFetch } from './testing/api-fetch';
import { expectApiHeaders, readEnvelope } from './testing/assertions';
import {
  MEMBER_BODY,
  startFaultyUpstream,
  type Behaviour,
  type FaultyUpstream,
} from './testing/faulty-upstream';
import { startProxy, type ProxyHarness, type ProxyOptions } from './testing/proxy-harness';
import { manualClock, type Clock } from './testing/users';

const member = (id = '64035151') => `/api/v3/users/${id}/targetGroups`;

let upstream: FaultyUpstream;
let clock: Clock;
const proxies: ProxyHarness[] = [];

beforeAll(async () => {
  upstream = await startFaultyUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.behaviour = 'ok';
  upstream.script = [];
  upstream.delayMs = 0;
  upstream.gate = null;
  clock = manualClock();
});
afterEach(async () => {
  for (const p of proxies.splice(0)) await p.close();
});

async function proxyWith(options: Partial<ProxyOptions> = {}): Promise<ProxyHarness> {
  const p = await startProxy({ upstreamUrl: upstream.url, timeoutMs: 1_000, now: clock.now, ...options });
  proxies.push(p);
  return p;
}

async function get(p: ProxyHarness, path = member()) {
  const res = await apiFetch(`${p.url}${path}`);
  expectApiHeaders(res);
  const { text, body } = await readEnvelope(res);
  return { res, text, body, code: (body.errors as typeof body.errors | null)?.[0]?.code };
}

describe('one retry of a GET', () => {
  it.each<Behaviour>(['status502', 'status503', 'status504', 'resetBeforeHeaders', 'resetMidBody'])(
    '%s, then a good answer → 200 after exactly two calls',
    async (first) => {
      const p = await proxyWith();
      upstream.script = [first];
      const { res, text } = await get(p);
      expect(res.status).toBe(200);
      expect(text).toBe(MEMBER_BODY);
      expect(upstream.targetRequests()).toHaveLength(2);
    },
  );

  it('at most one: two gateway failures in a row → the failure, after two calls', async () => {
    const p = await proxyWith();
    upstream.script = ['status503', 'status502', 'ok'];
    const { res, code } = await get(p);
    expect(res.status).toBe(502);
    expect(code).toBe(PROXY_ERROR_CODES.upstreamFailed);
    expect(upstream.targetRequests()).toHaveLength(2);
  });

  it.each<Behaviour>([
    'status500',
    'html500',
    'status521',
    'rateLimited429',
    'invalidUser400',
    'status401',
    'truncatedLength',
    'closeMidBody',
    'nonJson200',
    'stall',
  ])('%s is not retried', async (behaviour) => {
    const p = await proxyWith({ timeoutMs: 300 });
    upstream.script = [behaviour];
    await get(p);
    expect(upstream.targetRequests()).toHaveLength(1);
  });

  it('inside the one deadline: a retry that would end after it → 504', async () => {
    // 250 ms per answer, 400 ms in all: the first (503) fits, the retry's good answer does not.
    const p = await proxyWith({ timeoutMs: 400 });
    upstream.delayMs = 250;
    upstream.script = ['status503', 'ok'];
    const { res, code } = await get(p);
    expect(res.status).toBe(504);
    expect(code).toBe(PROXY_ERROR_CODES.upstreamTimeout);
    expect(upstream.targetRequests()).toHaveLength(2);
  });

  it('not when the budget has no call left for it', async () => {
    const p = await proxyWith({ limits: { ratePerMinute: 1 } });
    upstream.script = ['status503', 'ok'];
    const { res } = await get(p);
    expect(res.status).toBe(502);
    expect(upstream.targetRequests()).toHaveLength(1);
  });
});

describe('circuit breaker', () => {
  const limits = { breakerFailures: 3, breakerCooldownMs: 30_000 };

  it('opens after BREAKER_FAILURES consecutive failures: 503 + Retry-After at once, without calling Capillary', async () => {
    const p = await proxyWith({ limits });
    upstream.behaviour = 'status500';
    for (let i = 0; i < 3; i++) expect((await get(p)).res.status).toBe(502);
    expect(upstream.targetRequests()).toHaveLength(3);
    clock.advance(10_000);
    const open = await get(p, member('1234'));
    expect(open.res.status).toBe(503);
    expect(open.code).toBe(PROXY_ERROR_CODES.upstreamCircuitOpen);
    expect(open.res.headers.get('retry-after')).toBe('20');
    expect(upstream.targetRequests()).toHaveLength(3);
  });

  it('half-open after BREAKER_COOLDOWN_MS: one probe; its success closes the circuit', async () => {
    const p = await proxyWith({ limits });
    upstream.behaviour = 'status500';
    for (let i = 0; i < 3; i++) await get(p);
    upstream.behaviour = 'ok';
    clock.advance(29_999);
    expect((await get(p)).res.status).toBe(503);
    clock.advance(1);
    expect((await get(p)).res.status).toBe(200);
    expect((await get(p)).res.status).toBe(200);
    expect(upstream.targetRequests()).toHaveLength(5);
  });

  it("a probe's failure opens it again for a whole cooldown", async () => {
    const p = await proxyWith({ limits });
    upstream.behaviour = 'status500';
    for (let i = 0; i < 3; i++) await get(p);
    clock.advance(30_000);
    expect((await get(p)).res.status).toBe(502);
    const again = await get(p);
    expect(again.res.status).toBe(503);
    expect(again.res.headers.get('retry-after')).toBe('30');
    expect(upstream.targetRequests()).toHaveLength(4);
  });

  it('a member-level 4xx is not a failure, and proves Capillary is up', async () => {
    const p = await proxyWith({ limits });
    upstream.script = [
      'status500',
      'status500',
      'invalidUser400',
      'status500',
      'status500',
      'emptyErrors404',
    ];
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(p)).res.status);
    expect(statuses).toEqual([502, 502, 400, 502, 502, 404]);
    upstream.behaviour = 'invalidUser400';
    for (let i = 0; i < 10; i++) expect((await get(p)).res.status).toBe(400);
    expect(upstream.targetRequests()).toHaveLength(16);
  });

  it('timeouts and unreachable upstreams count as failures', async () => {
    const p = await proxyWith({ limits, timeoutMs: 200 });
    upstream.script = ['stall', 'resetBeforeHeaders', 'resetBeforeHeaders', 'stall'];
    expect((await get(p)).res.status).toBe(504);
    expect((await get(p)).res.status).toBe(502);
    expect((await get(p)).res.status).toBe(504);
    expect((await get(p)).res.status).toBe(503);
  });
});

describe('budgets and caps', () => {
  it('UPSTREAM_RATE_PER_MIN: past the budget → 429 + Retry-After, without calling Capillary', async () => {
    const p = await proxyWith({ limits: { ratePerMinute: 3 } });
    for (let i = 0; i < 3; i++) {
      expect((await get(p, member(String(100 + i)))).res.status).toBe(200);
      clock.advance(10_000);
    }
    const over = await get(p, member('200'));
    expect(over.res.status).toBe(429);
    expect(over.code).toBe(PROXY_ERROR_CODES.upstreamBudgetExhausted);
    expect(over.res.headers.get('retry-after')).toBe('30');
    expect(upstream.targetRequests()).toHaveLength(3);
    clock.advance(30_000);
    expect((await get(p, member('200'))).res.status).toBe(200);
  });

  it('RATE_LIMIT_PER_USER_PER_MIN: one user past the limit → 429 + Retry-After, others unaffected', async () => {
    const p = await proxyWith({ ratePerUserPerMin: 2 });
    expect((await get(p)).res.status).toBe(200);
    expect((await get(p)).res.status).toBe(200);
    const over = await get(p);
    expect(over.res.status).toBe(429);
    expect(over.code).toBe(PROXY_ERROR_CODES.rateLimited);
    expect(Number(over.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(upstream.targetRequests()).toHaveLength(2);
    // /api/config is not counted: the app can still learn how to behave.
    expect((await apiFetch(`${p.url}/api/config`)).status).toBe(200);
    clock.advance(120_000);
    expect((await get(p)).res.status).toBe(200);
  });

  it('UPSTREAM_MAX_IN_FLIGHT: past the cap → 503 at once', async () => {
    const p = await proxyWith({ limits: { maxInFlight: 2 } });
    let release = () => {};
    upstream.gate = new Promise<void>((resolve) => (release = resolve));
    const slow = [get(p, member('1')), get(p, member('2'))];
    while (upstream.targetRequests().length < 2) await new Promise((r) => setTimeout(r, 5));
    const third = await get(p, member('3'));
    release();
    upstream.gate = null;
    expect(third.res.status).toBe(503);
    expect(third.code).toBe(PROXY_ERROR_CODES.upstreamBusy);
    expect(third.res.headers.get('retry-after')).toBe('1');
    expect((await Promise.all(slow)).map((r) => r.res.status)).toEqual([200, 200]);
    expect(upstream.targetRequests()).toHaveLength(2);
    expect((await get(p, member('3'))).res.status).toBe(200);
  });
});

describe('coalescing', () => {
  it('50 concurrent views of one member → 1 upstream call, 50 full answers', async () => {
    const p = await proxyWith({ limits: { ratePerMinute: 5, maxInFlight: 2 } });
    let release = () => {};
    upstream.gate = new Promise<void>((resolve) => (release = resolve));
    const pending = Array.from({ length: 50 }, () => get(p));
    while (p.source.waiting() < 50) await new Promise((r) => setTimeout(r, 5));
    release();
    upstream.gate = null;
    const all = await Promise.all(pending);
    expect(upstream.targetRequests()).toHaveLength(1);
    expect(all.map((r) => r.res.status)).toEqual(Array(50).fill(200));
    expect(new Set(all.map((r) => r.text))).toEqual(new Set([MEMBER_BODY]));
    // Nothing is cached once the call is over.
    await get(p);
    expect(upstream.targetRequests()).toHaveLength(2);
  });

  it('different query parameters are different calls', async () => {
    const p = await proxyWith();
    let release = () => {};
    upstream.gate = new Promise<void>((resolve) => (release = resolve));
    const pending = [get(p), get(p, `${member()}?includeInactive=true`), get(p)];
    while (p.source.waiting() < 3) await new Promise((r) => setTimeout(r, 5));
    release();
    await Promise.all(pending);
    expect(upstream.targetRequests()).toHaveLength(2);
  });

  it('one browser leaving does not cancel the call the others wait for; the last one leaving does', async () => {
    const p = await proxyWith({ timeoutMs: 5_000 });
    let release = () => {};
    upstream.gate = new Promise<void>((resolve) => (release = resolve));
    const leaving = new AbortController();
    const gone = apiFetch(`${p.url}${member()}`, { signal: leaving.signal }).catch(() => 'aborted');
    const staying = get(p);
    while (p.source.waiting() < 2 || upstream.targetRequests().length < 1) {
      await new Promise((r) => setTimeout(r, 5));
    }
    leaving.abort();
    expect(await gone).toBe('aborted');
    while (p.source.waiting() > 1) await new Promise((r) => setTimeout(r, 5));
    release();
    upstream.gate = null;
    expect((await staying).res.status).toBe(200);
    expect(upstream.targetRequests()).toHaveLength(1);

    upstream.behaviour = 'stall';
    const before = upstream.abandoned;
    const everyone = [new AbortController(), new AbortController()];
    const pending = everyone.map((c) =>
      apiFetch(`${p.url}${member('77')}`, { signal: c.signal }).catch(() => 0),
    );
    while (upstream.targetRequests().length < 2) await new Promise((r) => setTimeout(r, 5));
    for (const c of everyone) c.abort();
    await Promise.all(pending);
    while (upstream.abandoned === before) await new Promise((r) => setTimeout(r, 5));
    expect(p.source.coalesced()).toBe(0);
  });
});
