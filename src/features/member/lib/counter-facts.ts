import type { TargetGroup, TargetPeriod, Timestamp } from '../../../../contract';
import { calendarDay, daysLeft } from './days-left';
import { groupTargets } from './group-targets';
import { milestoneProgress } from './milestone-progress';
import { pace, type Pace } from './pace';
import { periodProgress } from './period-progress';
import { periodBounds, periodStates } from './period-state';
import { targetUnit, type TargetUnit } from './target-units';

const DAY_MS = 86_400_000;

/** The next checkpoint still ahead of the member. */
export type NextMilestone = { name: string; threshold: number; remaining: number };

/** Everything the counter says about one target's current period, before it is put in words. */
export type CounterFacts = {
  key: string;
  targetName: string;
  refCode: string | null;
  unit: TargetUnit;
  capping: boolean;
  achieved: number;
  /** null: no target (or cap) set. */
  target: number | null;
  /** achieved ÷ target on the 0–100 scale; null without a target. */
  percent: number | null;
  met: boolean;
  reachedOn: Timestamp | null;
  /** The next milestone below the target, or above it once the target is met. */
  nextMilestone: NextMilestone | null;
  /** What is left to the target: > 0 while unmet, null once met or without a target. */
  remainingToTarget: number | null;
  endMs: number | null;
  /** The end is a bare calendar date (read in UTC, never shifted by a time zone). */
  endDateOnly: boolean;
  daysLeft: number;
  ended: boolean;
  pace: Pace;
  /** At risk: a goal (not a cap) whose pace falls short past the grace fraction. */
  atRisk: boolean;
  /**
   * How near the next thing to reach is, as the share of it still missing (0–1, smaller is nearer);
   * null when nothing is left to reach (met with no milestone above, no target, a cap).
   */
  nearestGap: number | null;
};

function periodEnd(period: TargetPeriod): Timestamp | null {
  return (
    [period.periodEndDateWithTimeStamp, period.periodEndDate].find(
      (t): t is Timestamp => t !== null && t.epochMs !== null && Number.isFinite(t.epochMs),
    ) ?? null
  );
}

/** The calendar day a period ends on: a bare date is that date; a timestamp is read in `timeZone`. */
function endDayOf(end: Timestamp | null, timeZone: string | undefined): number | null {
  if (!end || end.epochMs === null) return null;
  return end.dateOnly ? Math.floor(end.epochMs / DAY_MS) : calendarDay(end.epochMs, timeZone);
}

function nextMilestone(period: TargetPeriod, achieved: number, target: number | null): NextMilestone | null {
  let next: NextMilestone | null = null;
  for (const milestone of period.milestones) {
    if (milestone.isActive === false) continue;
    const progress = milestoneProgress(milestone, achieved, target);
    if (progress.reached || progress.threshold === null || progress.remaining === null) continue;
    // A milestone at the target is the target itself ("targetAchieved"): the sentence names the target.
    if (target !== null && Math.abs(progress.threshold - target) < 1e-9) continue;
    if (target !== null && achieved < target && progress.threshold > target) continue;
    if (next === null || progress.threshold < next.threshold) {
      next = { name: progress.name, threshold: progress.threshold, remaining: progress.remaining };
    }
  }
  return next;
}

function gapShare(remaining: number, threshold: number): number | null {
  if (!(threshold > 0)) return null;
  const share = remaining / threshold;
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : null;
}

export function periodCounter(
  period: TargetPeriod,
  key: string,
  targetName: string,
  capping: boolean,
  nowMs: number,
  timeZone?: string,
): CounterFacts {
  const progress = periodProgress(period.targetAchievedValue, period.targetValue);
  const { achieved, target, met } = progress;
  const { startMs, endMs } = periodBounds(period);
  const end = periodEnd(period);
  const endDay = endDayOf(end, timeZone);
  const days = endDay === null ? 0 : daysLeft(endDay, nowMs, timeZone);
  const periodPace = pace({ achieved, target, startMs, endMs, nowMs, daysLeft: days });
  const next = capping ? null : nextMilestone(period, achieved, target);
  const remainingToTarget = target !== null && !met ? target - achieved : null;
  const nearest = capping
    ? null
    : next !== null
      ? gapShare(next.remaining, next.threshold)
      : target !== null && remainingToTarget !== null
        ? gapShare(remainingToTarget, target)
        : null;
  return {
    key,
    targetName,
    refCode: period.periodRefCode?.trim() || null,
    unit: targetUnit(period),
    capping,
    achieved,
    target,
    percent: progress.percent,
    met,
    reachedOn: period.targetAchievedDateTime,
    nextMilestone: next,
    remainingToTarget,
    endMs,
    endDateOnly: end?.dateOnly ?? false,
    daysLeft: days,
    ended: endMs !== null && endMs < nowMs,
    pace: periodPace,
    atRisk: !capping && periodPace.atRisk,
    nearestGap: nearest,
  };
}

/**
 * One CounterFacts per target of the group that has a current period (the first such period when
 * Capillary flags more than one), in the order the targets first appear.
 */
export function currentCounters(group: TargetGroup, nowMs: number, timeZone?: string): CounterFacts[] {
  const capping = group.trackingType === 'CAPPING';
  return groupTargets(group.targets).flatMap((track) => {
    const states = periodStates(
      track.periods.map((p) => ({ bounds: periodBounds(p), currentPeriod: p.currentPeriod })),
      nowMs,
    );
    const index = states.indexOf('current');
    const period = index >= 0 ? track.periods[index] : undefined;
    return period ? [periodCounter(period, track.key, track.name, capping, nowMs, timeZone)] : [];
  });
}
