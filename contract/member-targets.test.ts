import { describe, expect, it } from 'vitest';

import { ContractError, parseMemberTargetsResponse } from './member-targets';

// ADR 003: absent reads like null. zod 4 treats a bare z.unknown() key as required, so `data` without a
// `customer` (or without `targetGroups`) used to throw ContractError and cost the whole page.
describe('data without customer or targetGroups', () => {
  const customer = { id: 64035151, profiles: [{ firstName: 'Tom' }] };
  const group = { id: 1, name: 'Coffee', targets: [] };

  it('reads an absent customer like null and keeps the groups', () => {
    const parsed = parseMemberTargetsResponse({ data: { userId: 7, targetGroups: [group] } });
    expect(parsed.data?.customer).toEqual({ ok: true, customer: null });
    expect(parsed.data?.groups).toMatchObject([{ ok: true, index: 0, group: { id: '1', name: 'Coffee' } }]);
  });

  it('reads absent targetGroups like null: no groups, the customer kept', () => {
    const parsed = parseMemberTargetsResponse({ data: { userId: 7, customer } });
    expect(parsed.data?.groups).toEqual([]);
    expect(parsed.data?.customer).toMatchObject({ ok: true, customer: { id: '64035151' } });
  });

  it('reads a data with neither like one with both null', () => {
    const absent = parseMemberTargetsResponse({ data: { userId: 7 }, errors: null, warnings: null });
    const nulls = parseMemberTargetsResponse({ data: { userId: 7, customer: null, targetGroups: null } });
    expect(absent).toEqual(nulls);
    expect(absent.data).toEqual({ userId: '7', customer: { ok: true, customer: null }, groups: [] });
  });

  it('still refuses a data that is not an object', () => {
    expect(() => parseMemberTargetsResponse({ data: [1] })).toThrow(ContractError);
  });
});
