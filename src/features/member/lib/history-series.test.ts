import { describe, expect, it } from 'vitest';

import { targetPeriodSchema } from '../../../../contract';
import { groupTargets } from './group-targets';
import { periodHistory } from './history-series';
import { targetView } from './period-view';
import { rawMilestone, rawMonthlyPeriods, rawTargetPeriod } from '../testing/builders';

const gb = { locale: 'en-GB', timeZone: 'UTC' };
const view = (raw: Record<string, unknown>[], capping = false) => {
  const [track] = groupTargets(raw.map((r) => targetPeriodSchema.parse(r)));
  if (!track) throw new Error('no target');
  return targetView(track, Date.UTC(2023, 5, 15), { ...gb, capping });
};

describe('periodHistory', () => {
  it('has one row per cycle with achieved, target, result, and the current cycle marked', () => {
    const milestones = [
      rawMilestone({ id: 1, triggerName: 'Halfway', triggerValue: 4000 }),
      rawMilestone({ id: 2, triggerName: 'targetAchieved', triggerValue: 8000 }),
    ];
    const history = periodHistory(view(rawMonthlyPeriods(4, 2, { milestones })), false, gb);
    expect(history.rows.map((r) => [r.period, r.achievedText, r.targetText, r.result, r.current])).toEqual([
      ['Cycle_1', '8,000', '8,000', 'Met', false],
      ['Cycle_2', '8,000', '8,000', 'Met', false],
      ['Cycle_3', '5,000', '8,000', 'In progress', true],
      ['Cycle_4', '0', '8,000', 'Upcoming', false],
    ]);
    expect(history.rows[0]?.dateRange).toBe('1 Jan 2023 – 31 Jan 2023');
    expect(history.rows[0]?.milestonesReached).toEqual(['Halfway', 'Target reached']);
    expect(history.currentPeriod).toBe('Cycle_3');
    // The target's own milestone is the target line; only Halfway gets a line of its own.
    expect(history.milestones).toEqual([{ key: '1', name: 'Halfway', value: 4000 }]);
    expect(history.maxValue).toBe(8000);
    expect(history.onlyCurrent).toBe(false);
  });

  it('reads caps as "Cap reached" / "Within cap", and says when only the current cycle is loaded', () => {
    const history = periodHistory(
      view([rawTargetPeriod({ targetValue: 1200, targetAchievedValue: 1200 })], true),
      true,
      gb,
    );
    expect(history.rows.map((r) => r.result)).toEqual(['Cap reached']);
    expect(history.onlyCurrent).toBe(true);
    const within = periodHistory(
      view([rawTargetPeriod({ targetValue: 1200, targetAchievedValue: 5 })], true),
      true,
    );
    expect(within.rows[0]?.result).toBe('Within cap');
  });

  it('shows "Not set" for a period without a target and labels undated periods by position', () => {
    const history = periodHistory(
      view([
        rawTargetPeriod({
          targetValue: null,
          periodRefCode: null,
          periodStartDate: null,
          periodEndDate: null,
          periodStartDateWithTimeStamp: null,
          periodEndDateWithTimeStamp: null,
        }),
      ]),
      false,
      gb,
    );
    expect(history.rows[0]).toMatchObject({ period: 'Period 1', targetText: 'Not set', target: null });
  });
});
