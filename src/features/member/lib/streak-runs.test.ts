import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { groupTargets } from './group-targets';
import type { PeriodOutcome } from './period-state';
import { targetView } from './period-view';
import { cycleOutcomes, isContinuous, streakRuns } from './streak-runs';
import { buildTargetPeriod, rawMonthlyPeriods } from '../testing/builders';
import { targetPeriodSchema } from '../../../../contract';

describe('streakRuns', () => {
  it('counts met periods in a row; a miss ends a continuous run', () => {
    expect(streakRuns(['met', 'met', 'missed', 'met', 'met', 'met', 'missed', 'met'], true)).toEqual({
      current: 1,
      best: 3,
      periods: 8,
      continuous: true,
    });
  });

  it('does not break the run on the open current period, nor count upcoming ones', () => {
    expect(streakRuns(['met', 'met', 'in-progress', 'upcoming'], true)).toMatchObject({
      current: 2,
      best: 2,
    });
    expect(streakRuns(['met', 'met', 'met', 'upcoming'], true)).toMatchObject({ current: 3, best: 3 });
  });

  it('counts every met period for a non-continuous streak: a miss does not break it', () => {
    expect(streakRuns(['met', 'missed', 'met', 'missed', 'met'], false)).toMatchObject({
      current: 3,
      best: 3,
    });
  });

  it('is 0 and 0 with nothing met', () => {
    expect(streakRuns([], true)).toEqual({ current: 0, best: 0, periods: 0, continuous: true });
    expect(streakRuns(['missed', 'in-progress'], true)).toMatchObject({ current: 0, best: 0 });
  });

  const outcomes = fc.array(fc.constantFrom<PeriodOutcome>('met', 'missed', 'in-progress', 'upcoming'), {
    maxLength: 60,
  });

  it('keeps runs within the periods, and best ≥ current (property)', () => {
    fc.assert(
      fc.property(outcomes, fc.boolean(), (list, continuous) => {
        const runs = streakRuns(list, continuous);
        expect(runs.best).toBeGreaterThanOrEqual(runs.current);
        expect(runs.best).toBeLessThanOrEqual(runs.periods);
        expect(runs.current).toBeGreaterThanOrEqual(0);
        expect(runs.best).toBeLessThanOrEqual(list.filter((o) => o === 'met').length);
        if (!continuous) expect(runs.current).toBe(list.filter((o) => o === 'met').length);
      }),
    );
  });
});

describe('cycleOutcomes', () => {
  const view = (raw: Record<string, unknown>[]) =>
    groupTargets(raw.map((r) => targetPeriodSchema.parse(r))).map((track) =>
      targetView(track, Date.UTC(2023, 5, 15), { capping: false }),
    );

  it('reads the periods in start order, met when achieved ≥ target > 0', () => {
    // Jan–Mar met (8,000 of 8,000), April current at 5,000, May–June upcoming at 0.
    expect(cycleOutcomes(view(rawMonthlyPeriods(6, 3)))).toEqual([
      'met',
      'met',
      'met',
      'in-progress',
      'upcoming',
      'upcoming',
    ]);
  });

  it('reads the targets of one cycle together: met only when every target is', () => {
    const months = rawMonthlyPeriods(2, 1);
    const second = months.map((p, i) => ({
      ...p,
      targetRuleId: 77,
      targetName: 'Visits',
      targetAchievedValue: i === 0 ? 0 : 1,
    }));
    expect(cycleOutcomes(view([...months, ...second]))).toEqual(['missed', 'in-progress']);
  });

  it('keeps periods without a start as their own cycles', () => {
    const period = buildTargetPeriod();
    expect(period.periodStartDate).not.toBeNull();
    const undated = rawMonthlyPeriods(2, 0).map((p) => ({
      ...p,
      periodStartDate: null,
      periodStartDateWithTimeStamp: null,
    }));
    expect(cycleOutcomes(view(undated))).toHaveLength(2);
  });
});

describe('isContinuous', () => {
  it('is false only for NON_CONTINUOUS_STREAKS', () => {
    expect(isContinuous('STREAKS')).toBe(true);
    expect(isContinuous('TIERED_STREAKS')).toBe(true);
    expect(isContinuous('NON_CONTINUOUS_STREAKS')).toBe(false);
  });
});
