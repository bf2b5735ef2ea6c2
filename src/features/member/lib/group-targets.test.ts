import { describe, expect, it } from 'vitest';

import { buildTargetPeriod } from '../testing/builders';
import { groupTargets, targetName } from './group-targets';

describe('groupTargets', () => {
  it('groups periods by target rule, each in period order', () => {
    const tracks = groupTargets([
      buildTargetPeriod({
        targetRuleId: 1,
        periodRefCode: 'B',
        periodStartDateWithTimeStamp: '2024-02-01T00:00:00Z',
      }),
      buildTargetPeriod({ targetRuleId: 2, periodRefCode: 'X' }),
      buildTargetPeriod({
        targetRuleId: 1,
        periodRefCode: 'A',
        periodStartDateWithTimeStamp: '2024-01-01T00:00:00Z',
      }),
    ]);
    expect(tracks.map((t) => t.key)).toEqual(['rule:1', 'rule:2']);
    expect(tracks[0]?.periods.map((p) => p.periodRefCode)).toEqual(['A', 'B']);
  });

  it('falls back to the target name, then to the position', () => {
    const tracks = groupTargets([
      buildTargetPeriod({ targetRuleId: null, targetName: 'Visits' }),
      buildTargetPeriod({ targetRuleId: null, targetName: 'Visits' }),
      buildTargetPeriod({ targetRuleId: null, targetName: null }),
    ]);
    expect(tracks.map((t) => [t.key, t.name, t.periods.length])).toEqual([
      ['name:Visits', 'Visits', 2],
      ['index:2', 'Unnamed target', 1],
    ]);
  });

  it('keeps periods without a start at the end, in their order', () => {
    const none = { periodStartDate: null, periodStartDateWithTimeStamp: null };
    const tracks = groupTargets([
      buildTargetPeriod({ ...none, periodRefCode: 'n1' }),
      buildTargetPeriod({ periodRefCode: 'dated' }),
      buildTargetPeriod({ ...none, periodRefCode: 'n2' }),
    ]);
    expect(tracks[0]?.periods.map((p) => p.periodRefCode)).toEqual(['dated', 'n1', 'n2']);
  });

  it('has no targets for no periods', () => {
    expect(groupTargets([])).toEqual([]);
  });
});

describe('targetName', () => {
  it('names a target without a name by its rule', () => {
    expect(targetName(buildTargetPeriod({ targetName: '', targetRuleId: 443 }))).toBe('Target 443');
  });
});
