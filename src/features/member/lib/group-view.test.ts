import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildTargetGroup, rawMonthlyPeriods, rawStreak, rawTargetPeriod } from '../testing/builders';
import { groupName, groupView } from './group-view';
import { cycleOutcomes } from './streak-runs';

const now = Date.UTC(2024, 4, 15);

describe('groupView', () => {
  it('describes the group in plain words', () => {
    const view = groupView(buildTargetGroup(), 0, now, { locale: 'en-US' });
    expect(view).toMatchObject({
      key: '871:0',
      name: 'Spend in May',
      tracking: 'Standard',
      evaluation: 'Fixed calendar periods',
      till: 'Any till',
      createdBy: 'naresh silla (Admin user)',
      capping: false,
      streaks: null,
    });
    expect(view.targets).toHaveLength(1);
  });

  it('reads CAPPING groups as caps', () => {
    const view = groupView(
      buildTargetGroup({
        trackingType: 'CAPPING',
        targets: [rawTargetPeriod({ targetValue: 1200, targetAchievedValue: 350 })],
      }),
      0,
      now,
      { locale: 'en-US' },
    );
    expect(view.tracking).toBe('Cap on points issued');
    expect(view.targets[0]?.periods[0]?.valueText).toBe('350 of 1,200 allowed used');
  });

  it('keeps unknown enum values as sent', () => {
    const view = groupView(
      buildTargetGroup({ trackingType: 'LADDER', targetEvaluationType: 'ROLLING' }),
      0,
      now,
    );
    expect([view.tracking, view.evaluation]).toEqual(['LADDER', 'ROLLING']);
  });
});

describe('groupName', () => {
  it('falls back to the id', () => {
    expect(groupName({ name: ' ', id: '851' })).toBe('Target group 851');
    expect(groupName({ name: null, id: null })).toBe('Unnamed target group');
  });
});

describe('groupView scopes', () => {
  /** A group of 1–3 targets of 1–24 monthly periods each, any one (or none) current, with streaks. */
  const groups = fc
    .record({
      targets: fc.array(
        fc.record({
          count: fc.integer({ min: 1, max: 24 }),
          current: fc.integer({ min: -1, max: 24 }),
          achieved: fc.array(fc.oneof(fc.constant(null), fc.nat(12_000)), { minLength: 24, maxLength: 24 }),
          refCodes: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      streaks: fc.array(fc.option(fc.integer({ min: 3000000, max: 3000030 }), { nil: null }), {
        maxLength: 3,
      }),
    })
    .map(({ targets, streaks }) =>
      buildTargetGroup({
        trackingType: 'STREAKS',
        targets: targets.flatMap((t, rule) =>
          rawMonthlyPeriods(t.count, t.current).map((period, i) => ({
            ...period,
            targetRuleId: 700 + rule,
            targetName: `Target ${rule}`,
            targetAchievedValue: t.achieved[i] ?? null,
            periodRefCode: t.refCodes ? period.periodRefCode : null,
          })),
        ),
        streaks: streaks.map((achievedId, i) =>
          rawStreak({ streakId: 48 + i, userStreakId: 5 + i, streakAchievedUserTargetId: achievedId }),
        ),
      }),
    );

  it('draws the same current periods, streaks and streak runs from the current scope as from all', () => {
    fc.assert(
      fc.property(
        groups,
        fc.integer({ min: Date.UTC(2022, 11, 1), max: Date.UTC(2025, 1, 1) }),
        (group, at) => {
          const all = groupView(group, 0, at, { locale: 'en-US', timeZone: 'UTC' });
          const current = groupView(group, 0, at, { locale: 'en-US', timeZone: 'UTC' }, 'current');
          expect(all.complete).toBe(true);
          expect(current.complete).toBe(false);
          expect(current.targets.map((t) => t.periods)).toStrictEqual(
            all.targets.map((t) => t.periods.filter((p) => p.state === 'current')),
          );
          expect(current.targets.map(({ periods: _, ...rest }) => rest)).toStrictEqual(
            all.targets.map(({ periods: _, ...rest }) => rest),
          );
          expect(current.streaks?.items).toStrictEqual(all.streaks?.items);
          expect(cycleOutcomes(current.tracks)).toStrictEqual(cycleOutcomes(all.targets));
          expect(current.streaks?.timeline).toEqual(all.streaks ? [] : undefined);
        },
      ),
      { numRuns: 150 },
    );
  });
});
