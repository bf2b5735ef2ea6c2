import type { DemoTarget, JsonObject } from '../model';
import { atTime, dayEndZ, dayStartZ, formatDate, formatTimestamp } from './calendar';
import type { Cycle, Zone } from './calendar';
import type { Ids } from './ids';
import { roundTo, type Rng } from './prng';
import type { CycleOutcome } from './streaks';

/** A checkpoint inside a target: an absolute value or a percentage of the target value. */
export type MilestoneSpec = { name: string; value?: number; percent?: number; active?: boolean };

export type TargetSpec = {
  name: string;
  targetType: string;
  targetEntity: string;
  eventName?: string;
  value: number;
  /** Share of `value` achieved per cycle, oldest first, up to today's cycle; random where absent. */
  progress?: number[];
  /** Decimal places of achieved values: 0 for counts, 2 for money and points. */
  decimals?: number;
  milestones?: MilestoneSpec[] | null;
  currency?: { programId: number; identifier: string; name: string };
  /** false: deactivated (shown only with includeInactiveTargets=true). */
  active?: boolean;
  /** CAPPING rows carry no user target id in the reference example. */
  nullTargetIds?: boolean;
};

export type TargetContext = {
  rng: Rng;
  ids: Ids;
  today: Date;
  zone: Zone;
  cycles: Cycle[];
  periodIds: number[];
  refCodes: string[];
  /** Milestones with the OpenAPI extras (isActive, triggerValueType, achievedDate…) or the page's four fields. */
  detailedMilestones: boolean;
};

function ratioFor(spec: TargetSpec, rng: Rng, cycle: Cycle, position: number): number {
  if (cycle.index > 0) return 0;
  const given = spec.progress?.[position];
  if (given !== undefined) return given;
  return cycle.index === 0 ? rng.decimal(0, 0.95, 2) : rng.pick([0, 0.35, 0.8, 1, 1, 1.25, 1.6]);
}

/**
 * When a running total of `achieved` passed `threshold`, assuming steady progress from the cycle's
 * start to its end (or to today): checkpoints come out in order and the full target last.
 */
function reachedAt(cycle: Cycle, today: Date, threshold: number, reached: Reached): Date {
  const { achieved, pace } = reached;
  const start = cycle.start.getTime();
  const stop = Math.min(atTime(cycle.end, 23, 59, 59).getTime(), today.getTime());
  const share = pace * (achieved > 0 ? Math.min(1, threshold / achieved) : 1);
  return new Date(Math.floor((start + Math.max(0, stop - start) * share) / 1000) * 1000);
}

/**
 * A period's result. `pace`: the share of the period by which the member's progress was complete,
 * so "exactly met" is not stamped 23:59:59 and members differ in their habits.
 */
type Reached = { value: number; achieved: number; pace: number };

function milestone(
  spec: MilestoneSpec,
  id: number,
  reached: Reached,
  ctx: TargetContext,
  cycle: Cycle,
): JsonObject {
  const { value, achieved } = reached;
  const threshold = spec.value ?? ((spec.percent ?? 100) / 100) * value;
  const isAchieved = achieved >= threshold && threshold > 0;
  if (!ctx.detailedMilestones) {
    return { id, triggerName: spec.name, triggerValue: threshold, isAchieved };
  }
  const byPercent = spec.value === undefined && spec.percent !== undefined;
  const achievedAt = isAchieved
    ? formatTimestamp(reachedAt(cycle, ctx.today, threshold, reached), ctx.zone)
    : null;
  return {
    id,
    triggerName: spec.name,
    triggerValue: byPercent ? (spec.percent ?? 0) : threshold,
    isAchieved,
    achievedDate: achievedAt,
    triggerType: 'SYSTEM_TRIGGER',
    triggerValueType: byPercent ? 'PERCENTAGE' : 'ABSOLUTE',
    isActive: spec.active ?? true,
    description: byPercent ? `${spec.percent}% of the target` : `Reach ${threshold}`,
  };
}

/** Every cycle of one target, plus each cycle's outcome for streak derivation. */
export function buildTarget(
  spec: TargetSpec,
  ruleId: number,
  ctx: TargetContext,
): { target: DemoTarget; outcomes: CycleOutcome[] } {
  const { rng, cycles } = ctx;
  const milestoneIds = (spec.milestones ?? []).map(() => ctx.ids.milestone());
  const first = cycles[0];
  const enrolledOn = first ? atTime(first.start, rng.int(3, 11), rng.int(0, 59), rng.int(0, 59)) : ctx.today;
  const outcomes: CycleOutcome[] = [];
  const periods = cycles.map((cycle, position): JsonObject => {
    const achieved = roundTo(ratioFor(spec, rng, cycle, position) * spec.value, spec.decimals ?? 0);
    const met = spec.value > 0 && achieved >= spec.value;
    const targetId = cycle.index > 0 || spec.nullTargetIds ? null : ctx.ids.target();
    const reached = { value: spec.value, achieved, pace: rng.decimal(0.55, 0.97, 3) };
    const metAt = met ? formatTimestamp(reachedAt(cycle, ctx.today, spec.value, reached), ctx.zone) : null;
    if (cycle.index <= 0) outcomes.push({ met, closed: cycle.index < 0, targetId, metAt });
    const currency: JsonObject = spec.currency
      ? {
          programId: spec.currency.programId,
          alternateCurrencyIdentifier: spec.currency.identifier,
          alternateCurrencyName: spec.currency.name,
        }
      : {};
    return {
      targetId,
      periodId: ctx.periodIds[position] ?? null,
      ...currency,
      periodRefCode: ctx.refCodes[position] ?? null,
      periodStartDate: formatDate(cycle.start),
      periodEndDate: formatDate(cycle.end),
      targetValue: spec.value,
      targetAchievedValue: achieved,
      targetName: spec.name,
      targetType: spec.targetType,
      targetEntity: spec.targetEntity,
      targetRuleId: ruleId,
      enrolledOn: formatTimestamp(enrolledOn, ctx.zone),
      eventName: spec.eventName ?? 'TransactionAdd',
      periodStartDateWithTimeStamp: dayStartZ(cycle.start),
      periodEndDateWithTimeStamp: dayEndZ(cycle.end),
      targetAchievedDateTime: metAt,
      currentPeriod: cycle.index === 0,
      milestones:
        spec.milestones === null || spec.milestones === undefined
          ? null
          : spec.milestones.map((m, i) => milestone(m, milestoneIds[i] ?? 0, reached, ctx, cycle)),
    };
  });
  return { target: { targetRuleId: ruleId, active: spec.active ?? true, periods }, outcomes };
}
