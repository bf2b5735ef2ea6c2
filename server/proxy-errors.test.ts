import { createServer } from 'node:http';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { expectApiHeaders, expectNoInternals, readEnvelope } from './testing/assertions';
import {
  MEMBER_BODY,
  startFaultyUpstream,
  type Behaviour,
  type FaultyUpstream,
} from './testing/faulty-upstream';
import { startProxy, type ProxyHarness } from './testing/proxy-harness';
import { apiFetch } from './testing/api-fetch';

const MEMBER = '/api/v3/users/64035151/targetGroups';

let upstream: FaultyUpstream;
let proxy: ProxyHarness;

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  // 1 s: a failure retried once (502/503/504, a reset) must fit in the deadline even on a busy machine.
  proxy = await startProxy({ upstreamUrl: upstream.url, timeoutMs: 1_000, maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});
afterEach(async () => {
  // After every misbehaviour the proxy still answers.
  const health = await apiFetch(`${proxy.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  upstream.behaviour = 'ok';
});

async function callWith(behaviour: Behaviour) {
  upstream.behaviour = behaviour;
  const res = await apiFetch(`${proxy.url}${MEMBER}`);
  expectApiHeaders(res);
  const { text, body } = await readEnvelope(res);
  return { res, text, body };
}

describe('upstream answers that pass through', () => {
  it('a 200 envelope: same status, the upstream bytes unchanged', async () => {
    const { res, text } = await callWith('ok');
    expect(res.status).toBe(200);
    expect(text).toBe(MEMBER_BODY);
  });

  it("a 400 about the member keeps its status and Capillary's own error", async () => {
    const { res, body } = await callWith('invalidUser400');
    expect(res.status).toBe(400);
    expect(body).toEqual({ data: null, errors: [{ code: 310011, message: 'Invalid userId' }], warnings: [] });
  });

  it('a 404 without errors keeps its status with a message of ours', async () => {
    const { res, body } = await callWith('emptyErrors404');
    expect(res.status).toBe(404);
    expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.notFound);
  });
});

type Case = [Behaviour, number, string];
const FAILURES: Case[] = [
  ['html500', 502, PROXY_ERROR_CODES.upstreamFailed],
  ['status521', 502, PROXY_ERROR_CODES.upstreamFailed],
  ['truncatedLength', 502, PROXY_ERROR_CODES.upstreamBadBody],
  ['closeMidBody', 502, PROXY_ERROR_CODES.upstreamBadBody],
  ['nonJson200', 502, PROXY_ERROR_CODES.upstreamBadBody],
  ['html404', 502, PROXY_ERROR_CODES.upstreamBadBody],
  ['hugeWithLength', 502, PROXY_ERROR_CODES.upstreamTooLarge],
  ['hugeChunked', 502, PROXY_ERROR_CODES.upstreamTooLarge],
  ['status401', 502, PROXY_ERROR_CODES.credentialsRefused],
  ['status403', 502, PROXY_ERROR_CODES.credentialsRefused],
  ['stall', 504, PROXY_ERROR_CODES.upstreamTimeout],
  ['stallBody', 504, PROXY_ERROR_CODES.upstreamTimeout],
  ['resetBeforeHeaders', 502, PROXY_ERROR_CODES.upstreamUnreachable],
  ['resetMidBody', 502, PROXY_ERROR_CODES.upstreamBadBody],
];

describe('upstream failures become our envelope, never its internals', () => {
  it.each(FAILURES)('%s → %i %s', async (behaviour, status, code) => {
    const { res, text, body } = await callWith(behaviour);
    expect(res.status).toBe(status);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([{ code, message: expect.any(String) }]);
    expectNoInternals(text, upstream.url);
    const line = proxy.requestRecords().at(-1);
    expect(line).toMatchObject({ route: '/api/v3/users/:userId/targetGroups', status, error: code });
  });

  it('says in words that the credentials were refused and whom to ask', async () => {
    const { body } = await callWith('status401');
    expect(body.errors[0]?.message).toContain("The dashboard's Capillary credentials were refused");
    expect(body.errors[0]?.message).toContain('administrator');
  });

  it('a 429 becomes 503 with the Retry-After Capillary sent', async () => {
    const { res, body } = await callWith('rateLimited429');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.upstreamFailed);
  });

  it('destroys the upstream socket when it gives up on a body (limit, deadline)', async () => {
    const before = upstream.abandoned;
    await callWith('hugeChunked');
    await callWith('stallBody');
    await new Promise((r) => setTimeout(r, 50));
    expect(upstream.abandoned - before).toBe(2);
  });
});

describe('a browser that leaves', () => {
  it('aborts the upstream call at once, long before the deadline', async () => {
    const patient = await startProxy({ upstreamUrl: upstream.url, timeoutMs: 10_000 });
    try {
      upstream.behaviour = 'stall';
      const before = upstream.abandoned;
      const seen = upstream.requests.length;
      const controller = new AbortController();
      const started = Date.now();
      const pending = apiFetch(`${patient.url}${MEMBER}`, { signal: controller.signal }).catch(
        () => 'aborted',
      );
      // Leave once the upstream holds the request, so the abort has a socket to close.
      while (upstream.requests.length === seen) await new Promise((r) => setTimeout(r, 10));
      controller.abort();
      expect(await pending).toBe('aborted');
      while (upstream.abandoned === before) await new Promise((r) => setTimeout(r, 10));
      // The 10 s deadline cannot have fired: the upstream socket went because the browser left.
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect.poll(() => patient.requestRecords().at(-1)?.status).toBe(499);
    } finally {
      await patient.close();
    }
  });
});

describe('redirects', () => {
  it('are refused with 502, never followed', async () => {
    let targetHits = 0;
    const target = createServer((_req, res) => {
      targetHits += 1;
      res.end(MEMBER_BODY);
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const address = target.address();
    upstream.redirectTo = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v3/x`;
    const { res, body, text } = await callWith('redirect302');
    expect(res.status).toBe(502);
    expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.upstreamRedirect);
    expect(text).not.toContain(upstream.redirectTo);
    expect(targetHits).toBe(0);
    await new Promise<void>((r) => target.close(() => r()));
  });
});

describe('an upstream that is not there', () => {
  it('connection refused → 502 unreachable, and the proxy keeps serving', async () => {
    const closed = await startFaultyUpstream();
    const deadUrl = closed.url;
    await closed.close();
    const lonely = await startProxy({ upstreamUrl: deadUrl });
    try {
      const res = await apiFetch(`${lonely.url}${MEMBER}`);
      const { text, body } = await readEnvelope(res);
      expect(res.status).toBe(502);
      expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.upstreamUnreachable);
      expectNoInternals(text, deadUrl);
      expect((await apiFetch(`${lonely.url}/healthz`)).status).toBe(200);
    } finally {
      await lonely.close();
    }
  });
});
