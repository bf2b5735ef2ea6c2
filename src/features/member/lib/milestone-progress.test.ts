import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildMilestone } from '../testing/builders';
import { hasMarker, milestoneProgress } from './milestone-progress';

describe('milestoneProgress', () => {
  it('reads what is left to an absolute trigger', () => {
    const result = milestoneProgress(buildMilestone({ triggerName: '5', triggerValue: 5 }), 2, 10);
    expect(result).toEqual({ name: '5', threshold: 5, positionPercent: 50, reached: false, remaining: 3 });
  });

  it('is reached when the figures show it, even if the flag lags', () => {
    expect(milestoneProgress(buildMilestone({ triggerValue: 3 }), 7, 10)).toMatchObject({
      reached: true,
      remaining: 0,
    });
  });

  it('is reached when Capillary says so', () => {
    expect(milestoneProgress(buildMilestone({ triggerValue: 3, isAchieved: true }), 0, 10)).toMatchObject({
      reached: true,
      remaining: 0,
    });
  });

  it('reads a PERCENTAGE trigger as a share of the target', () => {
    const milestone = buildMilestone({ triggerValue: 50, triggerValueType: 'PERCENTAGE' });
    expect(milestoneProgress(milestone, 100, 1000)).toMatchObject({
      threshold: 500,
      positionPercent: 50,
      remaining: 400,
    });
    expect(milestoneProgress(milestone, 100, null)).toMatchObject({ threshold: null, remaining: null });
  });

  it('names the targetAchieved trigger "Target reached" and puts it at the end of the bar', () => {
    const result = milestoneProgress(
      buildMilestone({ triggerName: 'targetAchieved', triggerValue: 1500 }),
      0,
      1500,
    );
    expect(result).toMatchObject({ name: 'Target reached', positionPercent: 100, remaining: 1500 });
    expect(hasMarker(result)).toBe(false);
  });

  it('has no value and no position without a trigger value', () => {
    expect(milestoneProgress(buildMilestone({ triggerValue: null }), 2, 10)).toMatchObject({
      threshold: null,
      positionPercent: null,
      reached: false,
      remaining: null,
    });
  });

  it('is consistent and finite (property)', () => {
    const n = fc.oneof(fc.double(), fc.integer({ min: -100, max: 10_000 }));
    fc.assert(
      fc.property(
        fc.option(n),
        fc.constantFrom('ABSOLUTE', 'PERCENTAGE', null, 'OTHER'),
        fc.option(fc.boolean()),
        n,
        fc.option(n),
        (triggerValue, triggerValueType, isAchieved, achieved, target) => {
          const value = triggerValue !== null && Number.isFinite(triggerValue) ? triggerValue : null;
          const t = target !== null && Number.isFinite(target) && target > 0 ? target : null;
          const result = milestoneProgress(
            { triggerName: 'x', triggerValue: value, triggerValueType, isAchieved },
            achieved,
            t,
          );
          if (result.remaining !== null) {
            expect(Number.isFinite(result.remaining)).toBe(true);
            expect(result.remaining).toBeGreaterThanOrEqual(0);
          }
          expect(result.reached).toBe(result.remaining === 0);
          if (result.positionPercent !== null) {
            expect(result.positionPercent).toBeGreaterThanOrEqual(0);
            expect(result.positionPercent).toBeLessThanOrEqual(100);
          }
          if (result.threshold !== null) expect(Number.isFinite(result.threshold)).toBe(true);
        },
      ),
    );
  });
});
