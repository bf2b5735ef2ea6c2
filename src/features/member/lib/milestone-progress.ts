import type { Milestone } from '../../../../contract';
import { triggerNameLabel } from './labels';

export type MilestoneProgress = {
  name: string;
  /** The absolute value that triggers it; null when it cannot be known. */
  threshold: number | null;
  /** Where it sits on the bar (0–100), for the decorative marker; null when it cannot be placed. */
  positionPercent: number | null;
  reached: boolean;
  /** What is left to reach it: 0 once reached, > 0 otherwise; null when the threshold is unknown. */
  remaining: number | null;
};

const finite = (n: number) => Number.isFinite(n);

/**
 * One milestone (trigger) of one period. `triggerValueType: PERCENTAGE` means the trigger value is a
 * percentage of the target (capillary-notes.md). Reached when Capillary says so or the figures show it.
 */
export function milestoneProgress(
  milestone: Pick<Milestone, 'triggerName' | 'triggerValue' | 'triggerValueType' | 'isAchieved'>,
  achieved: number,
  target: number | null,
): MilestoneProgress {
  const value = milestone.triggerValue;
  let threshold: number | null = null;
  if (value !== null && finite(value)) {
    if (milestone.triggerValueType === 'PERCENTAGE') {
      const absolute = target === null ? Number.NaN : (target * value) / 100;
      threshold = finite(absolute) ? absolute : null;
    } else {
      threshold = value;
    }
  }
  const safeAchieved = finite(achieved) ? achieved : 0;
  const reached = milestone.isAchieved === true || (threshold !== null && safeAchieved >= threshold);
  const gap = threshold === null ? Number.NaN : threshold - safeAchieved;
  const remaining = reached ? 0 : finite(gap) && gap > 0 ? gap : null;
  const position =
    threshold !== null && target !== null && target > 0 ? (threshold / target) * 100 : Number.NaN;
  return {
    name: triggerNameLabel(milestone.triggerName),
    threshold,
    positionPercent: finite(position) ? Math.min(100, Math.max(0, position)) : null,
    reached,
    remaining,
  };
}

/** A marker is drawn only strictly inside the bar: at 0 or 100 % it would sit on the bar's ends. */
export function hasMarker(
  progress: MilestoneProgress,
): progress is MilestoneProgress & { positionPercent: number } {
  return progress.positionPercent !== null && progress.positionPercent > 0 && progress.positionPercent < 100;
}
