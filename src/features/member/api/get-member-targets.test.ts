import { describe, expect, it } from 'vitest';

import { ContractError } from '../../../../contract';
import { createApiClient } from '../../../lib/api-client';
import { rawMemberResponse } from '../testing/builders';
import { getMemberTargets, memberKeys, memberTargetsPath } from './get-member-targets';

const params = { userId: '64035151', includeInactiveTargets: false, includeInactive: false };

describe('memberTargetsPath', () => {
  it('adds each switch only when it is on', () => {
    expect(memberTargetsPath(params)).toBe('/api/v3/users/64035151/targetGroups');
    expect(memberTargetsPath({ ...params, includeInactiveTargets: true, includeInactive: true })).toBe(
      '/api/v3/users/64035151/targetGroups?includeInactiveTargets=true&includeInactive=true',
    );
  });
});

describe('memberKeys', () => {
  it('goes from general to specific, one key per combination of switches', () => {
    expect(memberKeys.targets({ ...params, includeInactive: true })).toEqual([
      'members',
      '64035151',
      'targets',
      { includeInactiveTargets: false, includeInactive: true },
    ]);
  });
});

describe('getMemberTargets', () => {
  const serve = (body: unknown) =>
    createApiClient(async () => new Response(JSON.stringify(body), { status: 200 }));

  it('parses the answer section by section and stamps when it arrived', async () => {
    const result = await getMemberTargets(serve(rawMemberResponse()), params, undefined, () => 1234);
    expect(result.receivedAt).toBe(1234);
    expect(result.data?.userId).toBe('64035151');
    expect(Array.isArray(result.data?.groups)).toBe(true);
  });

  it('refuses an envelope without member data', async () => {
    await expect(getMemberTargets(serve({ data: null, errors: [] }), params)).rejects.toBeInstanceOf(
      ContractError,
    );
  });

  it('refuses a body that is not the envelope', async () => {
    await expect(getMemberTargets(serve('hello'), params)).rejects.toBeInstanceOf(ContractError);
  });
});
