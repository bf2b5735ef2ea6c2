import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp, type AppDeps } from './app';
import { fromApp } from './testing/api-fetch';
import { captureLogs } from './testing/capture-logger';
import { recordingSource } from './testing/recording-source';
import { fromSso, headerAccess } from './testing/users';

let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'mp-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Member Progress</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
});
afterAll(() => rm(dist, { recursive: true, force: true }));

function app(extra: Partial<AppDeps> = {}) {
  const source = recordingSource({ outcome: 'failed', failure: 'failed' });
  return createApp({ source, logger: captureLogs().logger, staticRoot: dist, ...extra });
}

// The exact policy, written out here so a change to it is a visible change to this test.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
  "frame-src 'none'; frame-ancestors 'none'; form-action 'self'";

describe('headers of every HTML response', () => {
  it.each(['/', '/members/64035151', '/index.html'])(
    '%s: CSP exact, and the rest of the policy',
    async (p) => {
      const res = await app().request(p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('permissions-policy')).toMatch(/^accelerometer=\(\), /);
      expect(res.headers.get('permissions-policy')).toContain('camera=(), ');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('script-src allows no inline script and no eval', () => {
    const scriptSrc = CSP.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  });

  it('a 304 of the page carries the policy too', async () => {
    const first = await app().request('/');
    const again = await app().request('/', { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(CSP);
  });

  it('JSON and assets get the "load nothing" policy and nosniff; hashed assets stay immutable', async () => {
    const json = await app().request('/api/config', fromApp());
    expect(json.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const asset = await app().request('/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asset.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('HSTS only over https', () => {
  const https = { 'x-forwarded-proto': 'https' };

  it('not on plain http, nor on a forwarded https claim from a proxy nobody vouched for', async () => {
    expect((await app().request('/')).headers.get('strict-transport-security')).toBeNull();
    expect(
      (await app().request('/', { headers: https })).headers.get('strict-transport-security'),
    ).toBeNull();
  });

  it('with TRUST_PROXY=true and X-Forwarded-Proto: https', async () => {
    const res = await app({ trustProxy: true }).request('/', { headers: https });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('header mode: from the secret-bearing proxy only', async () => {
    const sso = app({ access: headerAccess() });
    const trusted = await sso.request('/', {
      headers: { ...fromSso('a@example.com', 'store-staff'), ...https },
    });
    expect(trusted.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const forged = await sso.request('/', {
      headers: { ...fromSso('a@example.com', 'x', 'guess'), ...https },
    });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
  });
});
