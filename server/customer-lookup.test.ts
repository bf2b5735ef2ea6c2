import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { createAuditLog } from './audit';
import { readConfig } from './config';
import { startEmbeddedDemo, type EmbeddedDemo } from './demo-upstream';
import { apiFetch } from './testing/api-fetch';
import { expectApiHeaders } from './testing/assertions';
import { startFaultyUpstream, type FaultyUpstream } from './testing/faulty-upstream';
import { startProxy, type ProxyHarness } from './testing/proxy-harness';
import { fromSso, headerAccess } from './testing/users';
import { lookupPath } from './upstream/capillary-source';
import { checkLookupQuery } from './validation';

type Body = {
  data: { userId: string } | null;
  errors: { code: unknown; message: string }[];
  warnings: unknown[];
};

const query = (name: string, value: string) =>
  `/api/v2/customers/lookup?${new URLSearchParams({ identifierName: name, identifierValue: value }).toString()}`;

/** Every value a test sends: none may appear in any log or audit line. */
const typed = new Set<string>();
function lookup(proxy: ProxyHarness, name: string, value: string, init?: RequestInit) {
  typed.add(value);
  return apiFetch(`${proxy.url}${query(name, value)}`, init);
}

/** Values that look like a phone, email or card (short random text could occur in any line by chance). */
const sensitive = (value: string) => value.length >= 8 && /[0-9@]/.test(value);

function expectNoValueIn(lines: string[]) {
  const text = lines.join('');
  for (const value of typed) {
    const trimmed = value.trim();
    if (!sensitive(trimmed)) continue;
    expect(text).not.toContain(trimmed);
    expect(text).not.toContain(encodeURIComponent(trimmed));
  }
}

describe('through the real demo upstream', () => {
  let demo: EmbeddedDemo;
  let proxy: ProxyHarness;
  const audit: string[] = [];

  beforeAll(async () => {
    demo = await startEmbeddedDemo(new Date('2026-11-25T00:00:00Z'));
    proxy = await startProxy({
      upstreamUrl: demo.baseUrl.href,
      auth: demo.auth,
      logLevel: 'debug',
      audit: createAuditLog({ auth: 'none', write: (line) => void audit.push(line) }),
    });
  }, 30_000);
  afterAll(async () => {
    await proxy?.close();
    await demo?.close();
  });

  it.each([
    ['mobile', '919988221100', '64035151'],
    ['mobile', '+91 87115-33321', '387043873'],
    ['email', 'asha.rao@example.org', '900000001'],
    ['email', 'TOM.SAWYER@capillarytech.com', '64035151'],
    ['externalId', 'MP-900000001', '900000001'],
    ['cardnumber', '7031 0009 0000 0013', '900000013'],
  ])('%s %s → 200 with userId %s', async (name, value, userId) => {
    const res = await lookup(proxy, name, value);
    expect(res.status).toBe(200);
    expectApiHeaders(res);
    expect(await res.json()).toEqual({ data: { userId }, errors: [], warnings: [] });
  });

  it('not found (the demo: HTTP 200 + 8015) → 404 with the upstream message and code', async () => {
    const res = await lookup(proxy, 'email', 'nobody.here@example.com');
    expect(res.status).toBe(404);
    const body = (await res.json()) as Body;
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([{ code: 8015, message: 'Customer not found' }]);
  });

  it('audits each lookup with the identifier name and the found id, never the value', async () => {
    audit.length = 0;
    await lookup(proxy, 'email', 'asha.rao@example.org');
    await lookup(proxy, 'mobile', '910000000000');
    await lookup(proxy, 'mobile', '12');
    const lines = audit.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toMatchObject([
      {
        action: 'member.lookup',
        actor: 'anonymous',
        role: 'manager',
        identifierName: 'email',
        memberId: '900000001',
        status: 200,
      },
      { action: 'member.lookup', identifierName: 'mobile', memberId: null, status: 404, code: '8015' },
      {
        action: 'member.lookup',
        identifierName: 'mobile',
        memberId: null,
        status: 400,
        code: PROXY_ERROR_CODES.invalidRequest,
      },
    ]);
    expectNoValueIn(audit);
    expectNoValueIn(proxy.lines);
  });
});

describe('against a faulty upstream', () => {
  let upstream: FaultyUpstream;
  let proxy: ProxyHarness;
  const audit: string[] = [];
  const lookups = () => upstream.requests.filter((r) => r.url.includes('/v2/customers/lookup'));

  beforeAll(async () => {
    upstream = await startFaultyUpstream();
    proxy = await startProxy({
      upstreamUrl: upstream.url,
      timeoutMs: 1_000,
      logLevel: 'debug',
      lookupSource: 'WECHAT',
      access: headerAccess(),
      audit: createAuditLog({ auth: 'header', write: (line) => void audit.push(line) }),
    });
  });
  afterAll(async () => {
    await proxy?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    upstream.requests.length = 0;
    upstream.behaviour = 'lookupFound';
    upstream.oauth.enabled = false;
  });

  const manager = { headers: fromSso('maria@example.com', 'loyalty-managers') };
  const staff = { headers: fromSso('sam@example.com', 'store-staff') };

  it('sends the configured source and the value encoded (a + stays a +), with the same Basic auth', async () => {
    const res = await lookup(proxy, 'email', 'tom+loyalty@example.com', manager);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { userId: '64035151' }, errors: [], warnings: [] });
    const [seen] = lookups();
    expect(seen?.url).toBe(
      '/v2/customers/lookup?source=WECHAT&identifierName=email&identifierValue=tom%2Bloyalty%40example.com',
    );
    expect(seen?.headers.authorization).toMatch(/^Basic /);
    expect(lookupPath({ name: 'externalId', value: 'A B&c=d' }, 'INSTORE')).toBe(
      '/v2/customers/lookup?source=INSTORE&identifierName=externalId&identifierValue=A%20B%26c%3Dd',
    );
  });

  it('the source defaults to INSTORE and is checked at start-up', () => {
    const ok = readConfig({});
    expect(ok.ok && ok.config.lookupSource).toBe('INSTORE');
    const wechat = readConfig({ CAPILLARY_LOOKUP_SOURCE: 'WECHAT' });
    expect(wechat.ok && wechat.config.lookupSource).toBe('WECHAT');
    for (const bad of ['instore', 'IN STORE', 'A&B', 'X'.repeat(33)]) {
      const result = readConfig({ CAPILLARY_LOOKUP_SOURCE: bad });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems.join(' ')).toMatch(/CAPILLARY_LOOKUP_SOURCE/);
    }
  });

  it('a userId past 2^53 keeps every digit', async () => {
    upstream.behaviour = 'lookupFoundLong';
    const res = await lookup(proxy, 'externalId', 'MP-long', manager);
    expect(await res.json()).toMatchObject({ data: { userId: '9007199254740993' } });
  });

  it.each([
    ['status500', 502, PROXY_ERROR_CODES.upstreamFailed],
    ['stall', 504, PROXY_ERROR_CODES.upstreamTimeout],
    ['status401', 502, PROXY_ERROR_CODES.credentialsRefused],
    ['status403', 502, PROXY_ERROR_CODES.credentialsRefused],
    ['nonJson200', 502, PROXY_ERROR_CODES.upstreamBadBody],
    ['ok', 502, PROXY_ERROR_CODES.upstreamBadBody],
    ['redirect302', 502, PROXY_ERROR_CODES.upstreamRedirect],
    ['rateLimited429', 503, PROXY_ERROR_CODES.upstreamFailed],
  ] as const)('%s → %i %s, as for targets', async (behaviour, status, code) => {
    upstream.behaviour = behaviour;
    const res = await lookup(proxy, 'mobile', '919988221100', manager);
    expect(res.status).toBe(status);
    expectApiHeaders(res);
    expect(((await res.json()) as Body).errors[0]?.code).toBe(code);
  });

  it('retries a 503 once, like targets', async () => {
    upstream.script = ['status503'];
    const res = await lookup(proxy, 'mobile', '919988221100', manager);
    expect(res.status).toBe(200);
    expect(lookups()).toHaveLength(2);
  });

  it('not found in an HTTP 400 (8015) → 404; for staff the echoed value is masked', async () => {
    upstream.behaviour = 'personal400';
    const res = await lookup(proxy, 'mobile', '919988221100', staff);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain('8015');
    expect(text).not.toContain('919988221100');
    expect(text).not.toContain('tom.sawyer@capillarytech.com');
  });

  it('OAuth: an expired token is regenerated once for a lookup too', async () => {
    const oauthProxy = await startProxy({
      upstreamUrl: upstream.url,
      auth: { mode: 'oauth', clientKey: 'key', clientSecret: 'secret' },
    });
    try {
      upstream.oauth.enabled = true;
      expect((await lookup(oauthProxy, 'mobile', '919988221100')).status).toBe(200);
      for (const token of upstream.oauth.issued) upstream.oauth.revoked.add(token);
      const res = await lookup(oauthProxy, 'mobile', '919988221100');
      expect(res.status).toBe(200);
      expect(lookups().at(-1)?.headers['x-cap-api-oauth-token']).toBe(upstream.oauth.issued.at(-1));
    } finally {
      await oauthProxy.close();
    }
  });

  it('coalesces identical lookups, never different values', async () => {
    upstream.delayMs = 100;
    try {
      const values = ['919988221100', '919988221100', '919988221101'];
      const answers = await Promise.all(values.map((v) => lookup(proxy, 'mobile', v, manager)));
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
      const seen = lookups().map((r) => new URL(r.url, 'http://x').searchParams.get('identifierValue'));
      expect(seen.sort()).toEqual(['919988221100', '919988221101']);
    } finally {
      upstream.delayMs = 0;
    }
  });

  it('needs the CSRF header and a principal, like every /api route', async () => {
    const bare = await fetch(`${proxy.url}${query('mobile', '919988221100')}`);
    expect(bare.status).toBe(403);
    expect((await lookup(proxy, 'mobile', '919988221100')).status).toBe(401);
    expect(lookups()).toHaveLength(0);
  });

  it('only GET', async () => {
    const res = await lookup(proxy, 'mobile', '919988221100', { ...manager, method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  const INVALID = fc.oneof(
    fc.record({
      name: fc
        .string({ maxLength: 12 })
        .filter((n) => !['mobile', 'email', 'externalId', 'cardnumber'].includes(n)),
      value: fc.constant('919988221100'),
    }),
    fc.record({
      name: fc.constant('mobile'),
      value: fc.oneof(
        fc.stringMatching(/^\+?[0-9]{0,7}$/),
        fc.stringMatching(/^[0-9]{16,24}$/),
        fc.stringMatching(/^[0-9]{4,10}[a-zA-Z#*/_][0-9]{0,6}$/),
      ),
    }),
    fc.record({
      name: fc.constant('email'),
      value: fc.oneof(
        fc.string({ maxLength: 40 }).filter((s) => !s.includes('@')),
        fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}$/),
        fc.stringMatching(/^[a-z]{1,8} [a-z]{0,4}@example\.com$/),
        fc.stringMatching(/^[a-z]{250,260}@ex\.com$/),
      ),
    }),
    fc.record({
      name: fc.constantFrom('externalId', 'cardnumber'),
      value: fc.oneof(
        fc.constantFrom('', '   ', '\t'),
        fc.stringMatching(/^[A-Z0-9]{65,80}$/),
        fc
          .tuple(
            fc.string({ maxLength: 10 }),
            fc.integer({ min: 0, max: 0x1f }),
            fc.string({ maxLength: 10 }),
          )
          .map(([a, c, b]) => `X${a}${String.fromCharCode(c)}${b}X`),
        fc.constant('MP-1\u200bX'),
        fc.constant('MP-1\u007f'),
      ),
    }),
  );

  it('invalid identifiers never reach the upstream and never give 5xx (1000 runs)', async () => {
    upstream.behaviour = 'status500';
    await fc.assert(
      fc.asyncProperty(INVALID, async ({ name, value }) => {
        const res = await lookup(proxy, name, value, manager);
        const body = (await res.json()) as Body;
        expect(res.status).toBe(400);
        expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.invalidRequest);
        if (sensitive(value)) expect(JSON.stringify(body)).not.toContain(value);
      }),
      { numRuns: 1000 },
    );
    expect(lookups()).toHaveLength(0);
  }, 60_000);

  it('the checker: what it sends upstream', () => {
    const ok = (q: string) => {
      const r = checkLookupQuery(q);
      return r.ok ? r.identifier : r.problem;
    };
    expect(ok('identifierName=mobile&identifierValue=%2B91%20(998)%20822-1100')).toEqual({
      name: 'mobile',
      value: '919988221100',
    });
    expect(ok('identifierName=email&identifierValue=%20a%2Bb%40ex.co%20')).toEqual({
      name: 'email',
      value: 'a+b@ex.co',
    });
    expect(ok('identifierName=cardnumber&identifierValue=7031%200009')).toEqual({
      name: 'cardnumber',
      value: '70310009',
    });
    expect(ok('identifierName=externalId&identifierValue=MP%2F1%20a')).toEqual({
      name: 'externalId',
      value: 'MP/1 a',
    });
    expect(ok('identifierName=Mobile&identifierValue=919988221100')).toMatch(/identifierName/);
    expect(ok('identifierName=mobile')).toMatch(/required/);
    expect(ok('identifierName=mobile&identifierValue=1&identifierValue=2')).toMatch(/only once/);
    expect(ok('identifierName=mobile&identifierValue=%E0%A4%A')).toMatch(/percent-encoding/);
    expect(ok('identifierName=mobile&identifierValue=91%2B9988221100')).toMatch(/mobile/);
  });

  it('no log or audit line holds a typed value', () => {
    expect(audit.length).toBeGreaterThan(1000);
    expect(audit.every((l) => (JSON.parse(l) as { action: string }).action === 'member.lookup')).toBe(true);
    expectNoValueIn(audit);
    expectNoValueIn(proxy.lines);
  });
});
