import { afterEach, describe, expect, it } from 'vitest';

import { apiFetch } from './testing/api-fetch';
import { freePort, killChildren, startServer as start } from './testing/spawn-server';

afterEach(killChildren);

describe('server/index.ts', () => {
  it('refuses to start on a bad configuration, listing every problem without secrets', async () => {
    const { out, exited } = start({
      PORT: '0',
      LOG_LEVEL: 'loud',
      CAPILLARY_BASE_URL: 'http://capillary.example.com',
      CAPILLARY_AUTH: 'basic',
      CAPILLARY_PASSWORD: 'do-not-print-me',
    });
    expect(await exited).toBe(1);
    for (const name of ['PORT', 'LOG_LEVEL', 'CAPILLARY_BASE_URL', 'CAPILLARY_USERNAME']) {
      expect(out.stderr).toContain(name);
    }
    expect(out.stderr).not.toContain('do-not-print-me');
    expect(out.stdout).toBe('');
  }, 30_000);

  it('starts the embedded demo without CAPILLARY_BASE_URL, serves it, and stops on SIGTERM', async () => {
    const port = await freePort();
    const { child, out, exited, listening } = start({
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_TODAY: '2026-11-25',
    });
    await listening();
    const base = `http://127.0.0.1:${port}`;
    expect((await apiFetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await apiFetch(`${base}/api/config`)).json()).toEqual({
      data: { demo: true, auth: 'none' },
      errors: [],
      warnings: [],
    });
    expect((await apiFetch(`${base}/api/v3/users/64035151/targetGroups`)).status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'listening', port, demo: true });
    expect(lines.filter((l) => l.msg === 'request').map((l) => l.route)).toEqual([
      '/healthz',
      '/api/config',
      '/api/v3/users/:userId/targetGroups',
    ]);
    expect(out.stdout).not.toMatch(/password|authorization|Basic /i);
    expect(out.stderr).toBe('');
  }, 30_000);

  it('LOG_LEVEL=warn keeps the request lines of successful requests out', async () => {
    const port = await freePort();
    const { child, out, exited } = start({ PORT: String(port), LOG_LEVEL: 'warn' });
    let healthy = false;
    for (let i = 0; i < 300 && !healthy; i++) {
      healthy = await apiFetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 50));
    }
    expect(healthy).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.stdout).toBe('');
  }, 30_000);
});
