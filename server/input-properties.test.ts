import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { createApp } from './app';
import { rawPath } from './app-env';
import { fromApp } from './testing/api-fetch';
import { captureLogs } from './testing/capture-logger';
import { recordingSource } from './testing/recording-source';
import { checkTargetGroupsQuery, isPositiveJavaLong } from './validation';

// Property tests over what a browser (or anyone) can put in a URL: no port, app.request() only, a
// recording source standing in for Capillary. 10,000 runs each (issue 5).
const RUNS = 10_000;
/** A few seconds on an idle machine; generous so a loaded CI box does not fail them on time alone. */
const TIMEOUT_MS = 120_000;
const OK_BODY = new TextEncoder().encode('{"data":{"userId":1},"errors":null,"warnings":null}');
const EXACT = /^\/api\/v3\/users\/([^/]*)\/targetGroups$/;

// A built SPA, so that a path that normalises out of /api (`/api/..`) meets index.html, not "not built".
const dist = mkdtempSync(path.join(tmpdir(), 'mp-dist-'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Member Progress</title>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function build() {
  const logs = captureLogs('warn');
  const source = recordingSource({ outcome: 'found', status: 200, body: OK_BODY, upstreamStatus: 200 });
  const app = createApp({ source, logger: logs.logger, ratePerUserPerMin: 1_000_000, staticRoot: dist });
  return { app, source, logs };
}

/** Member ids: canonical ones, near misses, encodings, whitespace, anything at all. */
const memberId = fc.oneof(
  fc.bigInt({ min: 1n, max: 9223372036854775807n }).map(String),
  fc.bigInt({ min: 9223372036854775808n, max: 10n ** 24n }).map(String),
  fc.stringMatching(/^[-+0 ]?[0-9]{1,20}[ .eE%]?[0-9a-f]{0,2}$/),
  fc.constantFrom(
    '.',
    '..',
    '',
    '%2e',
    '%2E%2E',
    '0',
    '00',
    '-0',
    '1/2',
    '1%2f2',
    '%31',
    '1%00',
    ' 1',
    '１２',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const segment = fc.oneof(
  memberId,
  fc.constantFrom(
    'v3',
    'users',
    'targetGroups',
    'api',
    '..',
    '.',
    '',
    '%2F',
    '%',
    '%zz',
    'session',
    'config',
  ),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    'includeInactive=true',
    'includeInactive=yes',
    'includeInactiveTargets=false&includeInactiveTargets=true',
    'targetRuleId=427',
    'targetRuleId=0427',
    'targetRuleId=%34',
  ),
  fc.string({ maxLength: 40 }),
);

/** The path and query exactly as they reach the app; null when no URL can carry them. */
function url(path: string, q: string): string | null {
  try {
    return new URL(`${path}${q ? `?${q}` : ''}`, 'http://localhost').toString();
  } catch {
    return null;
  }
}

describe('invalid input never reaches the upstream and never yields a 5xx', () => {
  it(
    'member ids, raw and percent-encoded',
    async () => {
      const { app, source, logs } = build();
      await fc.assert(
        fc.asyncProperty(memberId, fc.boolean(), query, async (id, encode, q) => {
          source.calls.length = 0;
          const target = url(`/api/v3/users/${encode ? encodeURIComponent(id) : id}/targetGroups`, q);
          fc.pre(target !== null);
          const res = await app.request(target as string, fromApp());
          expect(res.status).toBeLessThan(500);
          const sent = rawPath(target as string);
          const match = EXACT.exec(sent);
          const valid =
            match !== null &&
            isPositiveJavaLong(match[1] ?? '') &&
            checkTargetGroupsQuery(new URL(target as string).searchParams).ok;
          expect(res.status === 200).toBe(valid);
          expect(source.calls.length).toBe(valid ? 1 : 0);
          if (valid) expect(source.calls[0]?.userId).toBe(match?.[1]);
        }),
        { numRuns: RUNS },
      );
      expect(logs.records().filter((r) => r.level === 'error')).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'any path under /api, any method',
    async () => {
      const { app, source, logs } = build();
      await fc.assert(
        fc.asyncProperty(
          fc.array(segment, { minLength: 0, maxLength: 6 }),
          query,
          fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
          async (segments, q, method) => {
            source.calls.length = 0;
            const target = url(`/api/${segments.join('/')}`, q);
            fc.pre(target !== null);
            const res = await app.request(target as string, fromApp({ method }));
            expect(res.status).toBeLessThan(500);
            for (const call of source.calls) expect(isPositiveJavaLong(call.userId)).toBe(true);
            if (source.calls.length > 0) {
              expect(method === 'GET' || method === 'HEAD').toBe(true);
              expect(EXACT.test(rawPath(target as string))).toBe(true);
            }
          },
        ),
        { numRuns: RUNS },
      );
      expect(logs.records().filter((r) => r.level === 'error')).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
