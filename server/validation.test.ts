import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkTargetGroupsQuery, isPositiveJavaLong } from './validation';

describe('isPositiveJavaLong', () => {
  it.each(['1', '64035151', '9223372036854775807', '1000000000000000000'])('accepts %s', (id) => {
    expect(isPositiveJavaLong(id)).toBe(true);
  });

  it.each([
    '',
    '0',
    '01',
    '-1',
    '+1',
    ' 1',
    '1 ',
    '1.0',
    '1e3',
    '0x10',
    '%31',
    '..',
    '9223372036854775808',
    '99999999999999999999',
    '１２３',
  ])('refuses %j', (id) => {
    expect(isPositiveJavaLong(id)).toBe(false);
  });

  it('agrees with BigInt arithmetic for every decimal string', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{1,21}$/), (s) => {
        const canonical = BigInt(s).toString() === s;
        const inRange = BigInt(s) >= 1n && BigInt(s) <= 9223372036854775807n;
        expect(isPositiveJavaLong(s)).toBe(canonical && inRange);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkTargetGroupsQuery', () => {
  const check = (qs: string) => checkTargetGroupsQuery(new URLSearchParams(qs));

  it('keeps the documented parameters and drops every other one', () => {
    expect(
      check('includeInactiveTargets=true&includeInactive=false&targetRuleId=427&foo=bar&auth=x'),
    ).toEqual({
      ok: true,
      query: { includeInactiveTargets: true, includeInactive: false, targetRuleId: '427' },
    });
    expect(check('excludedEntities=x&trackingDate=2024-01-01')).toEqual({ ok: true, query: {} });
  });

  it.each([
    'includeInactive=TRUE',
    'includeInactive=1',
    'includeInactive=',
    'includeInactiveTargets=yes',
    'targetRuleId=0',
    'targetRuleId=01',
    'targetRuleId=-5',
    'targetRuleId=9223372036854775808',
    'includeInactive=true&includeInactive=false',
    'targetRuleId=1&targetRuleId=2',
  ])('refuses %s', (qs) => {
    expect(check(qs).ok).toBe(false);
  });
});
