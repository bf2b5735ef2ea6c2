import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createApiClient, type ApiClient } from '../../../lib/api-client';
import {
  adoptingHeadFetch,
  startEarlyMemberFetch,
  takeEarlyMemberBody,
  takeHeadFetch,
} from './early-member-fetch';

/** public/early-fetch.js, run as the page's head runs it, against `url`; what it asked for, and left. */
function runHeadScript(url: string) {
  const script = readFileSync(resolve(process.cwd(), 'public/early-fetch.js'), 'utf8');
  const { pathname, search } = new URL(url, 'http://dashboard.test');
  const asked: { path: string; init: RequestInit }[] = [];
  const scope: Record<string, unknown> = {};
  const fetch = (path: string, init: RequestInit) => {
    asked.push({ path, init });
    return Promise.resolve(new Response(JSON.stringify({ data: { path } }), { status: 200 }));
  };
  new Function('window', 'location', 'fetch', script)(scope, { pathname, search }, fetch);
  return { asked, scope };
}

/** What the bundle's own early fetch asks for at `url` (null: nothing). */
function bundlePath(url: string): string | null {
  const { pathname, search } = new URL(url, 'http://dashboard.test');
  let path: string | null = null;
  const api = { getJson: (p: string) => ((path = p), Promise.resolve(null)) } as unknown as ApiClient;
  startEarlyMemberFetch(api, { pathname, search });
  if (path) takeEarlyMemberBody(path);
  return path;
}

const ids = fc.oneof(
  fc.bigInt({ min: 1n, max: 9223372036854775807n }).map(String),
  fc.constantFrom(
    '0',
    '01',
    '9223372036854775808',
    '99999999999999999999',
    '-1',
    '1e3',
    '%31%32',
    '%E0%A4%A',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const searches = fc
  .subarray([
    'includeInactive=true',
    'includeInactiveTargets=true',
    'includeInactive=false',
    'x=1',
    'includeInactive=TRUE',
  ])
  .chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length }))
  .map((parts) => (parts.length ? `?${parts.join('&')}` : ''));
const urls = fc.oneof(
  fc.tuple(ids, fc.constantFrom('', '/'), searches).map(([id, slash, q]) => `/members/${id}${slash}${q}`),
  fc.constantFrom('/', '/members', '/members/', '/members/1/x', '/sign-in?next=/members/1', '/x/members/1'),
);

describe('public/early-fetch.js, which asks for the member from the page head', () => {
  it('asks for exactly what the bundle would ask for, on exactly the same pages', () => {
    fc.assert(
      fc.property(urls, (url) => {
        const { asked } = runHeadScript(url);
        expect(asked.map((a) => a.path)).toEqual([bundlePath(url)].filter((p) => p !== null));
      }),
      { numRuns: 2_000 },
    );
  });

  it('asks as the api client does (same credentials and headers), and leaves the answer for the bundle', async () => {
    const { asked, scope } = runHeadScript('/members/64035151?includeInactive=true');
    expect(asked).toHaveLength(1);
    const init: RequestInit = asked[0]?.init ?? {};
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ Accept: 'application/json', 'X-Requested-With': 'fetch' });

    // The bundle adopts it: no second request, and the api client reads the answer as its own.
    const head = takeHeadFetch(scope);
    expect(head?.path).toBe('/api/v3/users/64035151/targetGroups?includeInactive=true');
    expect(takeHeadFetch(scope)).toBeNull();
    const more: string[] = [];
    const api = createApiClient(
      adoptingHeadFetch(head, (path) => {
        more.push(path);
        return Promise.resolve(new Response('{"data":{"again":true}}', { status: 200 }));
      }),
    );
    expect(
      startEarlyMemberFetch(api, { pathname: '/members/64035151', search: '?includeInactive=true' }),
    ).toBe(true);
    await expect(takeEarlyMemberBody(head?.path ?? '')).resolves.toEqual({
      data: { path: '/api/v3/users/64035151/targetGroups?includeInactive=true' },
    });
    expect(more).toEqual([]);
    // Adopted once: a later ask (a Refresh) is a request of its own.
    await expect(api.getJson(head?.path ?? '')).resolves.toEqual({ data: { again: true } });
    expect(more).toEqual([head?.path]);
  });

  it('leaves nothing on other pages, and the bundle then asks for itself', () => {
    for (const url of ['/', '/members/abc', '/sign-in']) {
      const { asked, scope } = runHeadScript(url);
      expect(asked).toEqual([]);
      expect(takeHeadFetch(scope)).toBeNull();
    }
  });
});
