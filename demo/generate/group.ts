import type { DemoGroup, DemoTarget, Json, JsonObject } from '../model';
import { attribution, type PartyKind } from './attribution';
import { addDays, cycleWindow, utcDay, type Cadence, type Cycle, type Zone } from './calendar';
import type { Ids } from './ids';
import type { Rng } from './prng';
import { streakStates, type CycleOutcome } from './streaks';
import { buildTarget, type TargetSpec } from './target';

export type GroupContext = { today: Date; rng: Rng; ids: Ids; zone: Zone };

/** Streak levels, e.g. [3, 5]: `<name>_1` needs 3 met cycles, then `<name>_2` needs 5 more. */
export type StreakSpec = {
  name: string;
  levels: number[];
  continuous: boolean;
  /** Replaces the status of the level being worked on (an enum value the contract does not know). */
  statusOverride?: string;
};

export type GroupSpec = {
  name: string;
  trackingType: string;
  evaluation: string;
  /** `agnostic`: PERIOD_AGNOSTIC_WINDOW, a cycle ends only when the target is hit (no future cycles). */
  cadence: Cadence | { kind: 'agnostic' };
  /** Cycle indexes around today's cycle (0); an all-negative range is a finished programme. */
  cycles: { from: number; to: number };
  targets: TargetSpec[];
  streak?: StreakSpec;
  active?: boolean;
  party?: PartyKind;
  detailedMilestones?: boolean;
  preferredTillId?: number;
  /** Overrides the member's zone for this group's instants (a member whose timestamps mix shapes). */
  zone?: Zone;
  brokenTargets?: Json;
};

function agnosticCycles(rng: Rng, today: Date, past: number): Cycle[] {
  const start = addDays(utcDay(today), -rng.int(2, 20));
  // No boundary until the group's end date: the open cycle runs to it unless the target is hit.
  const cycles: Cycle[] = [{ index: 0, start, end: addDays(utcDay(today), rng.int(60, 200)) }];
  for (let index = -1; index >= -past; index--) {
    const end = addDays(cycles[0]?.start ?? start, -1);
    cycles.unshift({ index, start: addDays(end, -rng.int(9, 40)), end });
  }
  return cycles;
}

function streakEntries(ctx: GroupContext, spec: StreakSpec, outcomes: CycleOutcome[]): JsonObject[] {
  const streakIds = spec.levels.map(() => ctx.ids.streak());
  const states = streakStates(outcomes, spec.levels, spec.continuous);
  return states.map((state, i): JsonObject => ({
    userStreakId: ctx.ids.userStreak(),
    streakId: streakIds[state.level] ?? null,
    streakName: `${spec.name}_${state.level + 1}`,
    status: i === states.length - 1 && spec.statusOverride ? spec.statusOverride : state.status,
    currentCount: state.count,
    totalTargetCountOfSequence: state.total,
    ...(state.completedBy
      ? {
          streakAchievedUserTargetId: state.completedBy.targetId,
          streakAchievedDateTime: state.completedBy.metAt,
        }
      : {}),
  }));
}

/**
 * The period that completed a streak level carries the moment too (the reference table lists
 * `streakAchievedDateTime` among a target's fields), right after `targetAchievedDateTime`.
 */
function markStreakCompletions(target: DemoTarget, streaks: JsonObject[]): DemoTarget {
  const completedAt = new Map<Json, Json>();
  for (const s of streaks) {
    if (s.streakAchievedUserTargetId !== undefined) {
      completedAt.set(s.streakAchievedUserTargetId, s.streakAchievedDateTime ?? null);
    }
  }
  const periods = target.periods.map((period) => {
    const at = period.targetId === null ? undefined : completedAt.get(period.targetId ?? null);
    if (at === undefined) return period;
    const entries = Object.entries(period);
    const i = entries.findIndex(([key]) => key === 'targetAchievedDateTime');
    entries.splice(i + 1, 0, ['streakAchievedDateTime', at]);
    return Object.fromEntries(entries) as JsonObject;
  });
  return { ...target, periods };
}

export function buildGroup(ctx: GroupContext, spec: GroupSpec): DemoGroup {
  const { rng, ids, today } = ctx;
  const cycles =
    spec.cadence.kind === 'agnostic'
      ? agnosticCycles(rng, today, -spec.cycles.from)
      : cycleWindow(spec.cadence, today, spec.cycles.from, spec.cycles.to);
  const groupId = ids.group();
  const periodIds = cycles.map(() => ids.period());
  const targetCtx = {
    rng,
    ids,
    today,
    zone: spec.zone ?? ctx.zone,
    cycles,
    periodIds,
    refCodes: cycles.map((_, i) => `Cycle_${i + 1}`),
    detailedMilestones: spec.detailedMilestones ?? false,
  };
  const built = spec.targets.map((target) => buildTarget(target, ids.rule(), targetCtx));
  // A streak follows the group's first target (every streak group here has one target).
  const streaks = spec.streak ? streakEntries(ctx, spec.streak, built[0]?.outcomes ?? []) : null;
  const targets = built.map(({ target }) => (streaks ? markStreakCompletions(target, streaks) : target));
  const createdOn = addDays(cycles[0]?.start ?? utcDay(today), -rng.int(3, 30));
  const updatedOn = addDays(createdOn, rng.int(0, 2));
  return {
    active: spec.active ?? true,
    fields: {
      id: groupId,
      attribution: attribution(rng, spec.party ?? 'TILL', createdOn, updatedOn, spec.zone ?? ctx.zone),
      name: spec.name,
      preferredTillId: spec.preferredTillId ?? -1,
      targets: [],
      ...(streaks ? { streaks } : {}),
      targetEvaluationType: spec.evaluation,
      trackingType: spec.trackingType,
    },
    ...(spec.brokenTargets !== undefined ? { brokenTargets: spec.brokenTargets } : {}),
    targets,
  };
}
