import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CAPILLARY_INVALID_USER_ID } from '../contract/envelope';
import { parseMemberTargetsResponse } from '../contract/member-targets';

import { createApp } from './app';
import { startEmbeddedDemo, type EmbeddedDemo } from './demo-upstream';
import { listen, type Listening } from './listen';
import { expectApiHeaders } from './testing/assertions';
import { captureLogs } from './testing/capture-logger';
import { createCapillarySource } from './upstream';
import type { MemberTargetsSource } from './upstream/source';
import { apiFetch } from './testing/api-fetch';

// Through the real embedded demo upstream, exactly as `npm start` wires it (Basic auth over HTTP).
let demo: EmbeddedDemo;
let source: MemberTargetsSource;
let server: Listening;
const logs = captureLogs();

beforeAll(async () => {
  demo = await startEmbeddedDemo(new Date('2026-11-25T00:00:00Z'));
  source = createCapillarySource({
    baseUrl: demo.baseUrl,
    auth: demo.auth,
    timeoutMs: 5_000,
    maxBodyBytes: 8_388_608,
  });
  server = await listen(createApp({ source, logger: logs.logger, demoMembers: demo.catalog }), {
    port: 0,
    host: '127.0.0.1',
  });
}, 30_000);
afterAll(async () => {
  await server?.close(100);
  await source?.close();
  await demo?.close();
});

describe('through the embedded demo', () => {
  it('reference member 64035151: 200, a valid getUserTargets response', async () => {
    const res = await apiFetch(`${server.url}/api/v3/users/64035151/targetGroups`);
    expect(res.status).toBe(200);
    expectApiHeaders(res);
    const parsed = parseMemberTargetsResponse(await res.json());
    expect(parsed.data?.userId).toBe('64035151');
    expect(Array.isArray(parsed.data?.groups)).toBe(true);
  });

  it('unknown member 99999: 400 with Capillary code 310011', async () => {
    const res = await apiFetch(`${server.url}/api/v3/users/99999/targetGroups`);
    expect(res.status).toBe(400);
    expectApiHeaders(res);
    const body = (await res.json()) as { data: unknown; errors: { code: unknown }[] };
    expect(body.data).toBeNull();
    expect(body.errors.map((e) => e.code)).toContain(CAPILLARY_INVALID_USER_ID);
  });

  it('the catalog is listed for the start page', async () => {
    const res = await apiFetch(`${server.url}/api/demo/members`);
    const body = (await res.json()) as {
      data: { members: { userId: string; name: string; description: string }[] };
    };
    expect(body.data.members.map((m) => m.userId)).toContain('64035151');
    for (const m of body.data.members)
      expect(Object.keys(m).sort()).toEqual(['description', 'name', 'userId']);
  });

  it('the demo refuses other credentials, which the proxy reports as refused', async () => {
    const wrong = createCapillarySource({
      baseUrl: demo.baseUrl,
      auth: { mode: 'basic', username: 'someone.else', password: 'wrong' },
      timeoutMs: 5_000,
      maxBodyBytes: 8_388_608,
    });
    const result = await wrong.getUserTargetGroups('64035151', {}, new AbortController().signal);
    await wrong.close();
    expect(result).toMatchObject({ outcome: 'failed', failure: 'credentialsRefused' });
  });

  it('logs no credential of the demo', () => {
    const text = logs.lines.join('');
    expect(logs.lines.length).toBeGreaterThan(0);
    if (demo.auth.mode !== 'basic') throw new Error('the demo uses Basic auth');
    expect(text).not.toContain(demo.auth.password);
    expect(text).not.toContain(demo.auth.username);
    expect(text).not.toContain('Basic ');
  });
});
