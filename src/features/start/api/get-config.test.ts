import { describe, expect, it } from 'vitest';

import { createApiClient } from '../../../lib/api-client';
import { getAppConfig } from './get-config';
import { getDemoMembers } from './get-demo-members';

const serve = (body: unknown) =>
  createApiClient(async () => new Response(JSON.stringify(body), { status: 200 }));

describe('getAppConfig', () => {
  it('reads whether the demo is on', async () => {
    await expect(getAppConfig(serve({ data: { demo: true } }))).resolves.toEqual({ demo: true });
  });

  it('rejects a body of another shape', async () => {
    await expect(getAppConfig(serve({ demo: true }))).rejects.toThrow();
  });
});

describe('getDemoMembers', () => {
  it('reads members, ids as strings', async () => {
    const members = await getDemoMembers(
      serve({ data: { members: [{ userId: 64035151, name: 'Tom Sawyer', description: 'x' }] } }),
    );
    expect(members).toEqual([{ userId: '64035151', name: 'Tom Sawyer', description: 'x' }]);
  });
});
