import { describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { createApp } from './app';
import { fromApp } from './testing/api-fetch';
import { expectApiHeaders, readEnvelope } from './testing/assertions';
import { captureLogs } from './testing/capture-logger';
import { recordingSource } from './testing/recording-source';

const OK_BODY = new TextEncoder().encode('{"data":{"userId":1},"errors":null,"warnings":null}');

function build(demoMembers: { userId: string; name: string; description: string }[] | null = null) {
  const logs = captureLogs('debug');
  const source = recordingSource({ outcome: 'found', status: 200, body: OK_BODY, upstreamStatus: 200 });
  const app = createApp({ source, logger: logs.logger, demoMembers });
  return { app, source, logs };
}

describe('createApp', () => {
  it('GET /healthz → 200 {"status":"ok"} without calling the upstream', async () => {
    const { app, source } = build();
    const res = await app.request('/healthz', fromApp());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(source.calls).toEqual([]);
  });

  it('GET /api/config says whether the demo is on and how people sign in, and nothing else', async () => {
    const off = await build().app.request('/api/config', fromApp());
    expectApiHeaders(off);
    expect(await off.json()).toEqual({ data: { demo: false, auth: 'none' }, errors: [], warnings: [] });
    const on = await build([]).app.request('/api/config', fromApp());
    expect(await on.json()).toEqual({ data: { demo: true, auth: 'none' }, errors: [], warnings: [] });
  });

  it('GET /api/demo/members lists the catalog when the demo is on, 404 envelope otherwise', async () => {
    const members = [{ userId: '64035151', name: 'Ada', description: 'Reference example' }];
    const on = await build(members).app.request('/api/demo/members', fromApp());
    expect(on.status).toBe(200);
    expectApiHeaders(on);
    expect(await on.json()).toEqual({ data: { members }, errors: [], warnings: [] });
    const off = await build().app.request('/api/demo/members', fromApp());
    expect(off.status).toBe(404);
    expectApiHeaders(off);
    expect((await readEnvelope(off)).body.errors[0]?.code).toBe(PROXY_ERROR_CODES.notFound);
  });

  it.each([
    '/api',
    '/api/',
    '/api/nope',
    '/api/v3/users/1',
    '/api/v3/users/1/targetGroups/extra',
    '/api/v2/x',
  ])('unknown API route %s → 404 envelope', async (path) => {
    const { app, source } = build();
    const res = await app.request(path, fromApp());
    expect(res.status).toBe(404);
    expectApiHeaders(res);
    const { body } = await readEnvelope(res);
    expect(body).toEqual({
      data: null,
      errors: [{ code: PROXY_ERROR_CODES.notFound, message: expect.any(String) }],
      warnings: [],
    });
    expect(source.calls).toEqual([]);
  });

  it.each(['/api/config', '/healthz'])('POST %s → 405 with Allow: GET', async (path) => {
    const res = await build([]).app.request(path, fromApp({ method: 'POST' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it.each(['/api/v3/users/%E0%A4%A/targetGroups', '/api/%zz', '/members/%'])(
    'malformed percent-encoding %s → 400, no crash',
    async (path) => {
      const { app, source, logs } = build();
      const res = await app.request(path, fromApp());
      expect(res.status).toBe(400);
      expect(source.calls).toEqual([]);
      expect(logs.records().filter((r) => r.level === 'error')).toEqual([]);
    },
  );

  it('passes the validated id and query to the source and logs the id only at debug', async () => {
    const { app, source, logs } = build();
    const res = await app.request('/api/v3/users/42/targetGroups?includeInactive=true&x=1', fromApp());
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(new TextDecoder().decode(OK_BODY));
    expect(source.calls).toEqual([{ userId: '42', query: { includeInactive: true } }]);
    expect(logs.requestRecords()).toEqual([
      expect.objectContaining({ level: 'info', userId: '42', route: '/api/v3/users/:userId/targetGroups' }),
    ]);
  });

  it('an unexpected failure is a 500 MP_INTERNAL envelope, logged at error, without the stack in the body', async () => {
    const logs = captureLogs();
    const source = recordingSource({ outcome: 'found', status: 200, body: OK_BODY });
    source.getUserTargetGroups = () => Promise.reject(new Error('boom in the adapter'));
    const app = createApp({ source, logger: logs.logger });
    const res = await app.request('/api/v3/users/42/targetGroups', fromApp());
    expect(res.status).toBe(500);
    expectApiHeaders(res);
    const { text, body } = await readEnvelope(res);
    expect(body.errors[0]?.code).toBe(PROXY_ERROR_CODES.internal);
    expect(text).not.toContain('boom');
    expect(text).not.toContain('.ts');
    expect(logs.records().map((r) => r.level)).toEqual(['error', 'error']);
  });
});
