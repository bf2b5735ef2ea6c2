import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

describe('demo/cli.ts', () => {
  it('prints its url and serves the demo dated DEMO_TODAY', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
      env: { ...process.env, DEMO_PORT: '0', DEMO_TODAY: '2026-11-25' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = chunk.toString().trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${url}/v3/users/900000001/targetGroups`, {
        headers: { Authorization: 'Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3' },
      });
      const body = (await res.json()) as {
        data: { targetGroups: { targets: { periodStartDate: string }[] }[] };
      };
      expect(body.data.targetGroups[0]?.targets[0]?.periodStartDate).toBe('2026-11-01');
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 20_000);
});
