import type { PeriodOutcome } from './period-state';
import type { PeriodView } from './period-view';

export type StreakRuns = {
  /** Met periods in the run that is still open (an unfinished current period does not break it). */
  current: number;
  best: number;
  /** Periods considered (one per cycle): runs never exceed it. */
  periods: number;
  continuous: boolean;
};

/** One cycle's outcome across the group's targets: missed if any missed, met only if all met. */
function cycleOutcome(outcomes: PeriodOutcome[]): PeriodOutcome {
  if (outcomes.includes('missed')) return 'missed';
  if (outcomes.every((o) => o === 'met')) return 'met';
  if (outcomes.every((o) => o === 'upcoming')) return 'upcoming';
  return 'in-progress';
}

/** The group's cycles in start order, the periods of several targets that share a start read together. */
export function cycleOutcomes(
  /** The group's targets with every period: full views, or cores (TrackCore). */
  targets: ReadonlyArray<{ key: string; periods: ReadonlyArray<Pick<PeriodView, 'startMs' | 'outcome'>> }>,
): PeriodOutcome[] {
  const cycles = new Map<string, { start: number; order: number; outcomes: PeriodOutcome[] }>();
  let order = 0;
  for (const target of targets) {
    target.periods.forEach((period, index) => {
      const key = period.startMs === null ? `${target.key}|${index}` : `start:${period.startMs}`;
      const cycle = cycles.get(key);
      if (cycle) cycle.outcomes.push(period.outcome);
      else cycles.set(key, { start: period.startMs ?? Infinity, order: order++, outcomes: [period.outcome] });
    });
  }
  return [...cycles.values()]
    .sort((a, b) => (a.start === b.start ? a.order - b.order : a.start < b.start ? -1 : 1))
    .map((cycle) => cycleOutcome(cycle.outcomes));
}

/**
 * Runs of met periods (met ⇔ achieved ≥ target > 0). A continuous streak (STREAKS) is broken by a
 * missed period; a non-continuous one (NON_CONTINUOUS_STREAKS) only counts met periods, so its run
 * is every met period so far (capillary-notes.md, "What the concepts mean"). The current period
 * adds to the run once met and never breaks it while still open; upcoming periods are not counted.
 */
export function streakRuns(outcomes: PeriodOutcome[], continuous: boolean): StreakRuns {
  let run = 0;
  let best = 0;
  for (const outcome of outcomes) {
    if (outcome === 'met') {
      run++;
      best = Math.max(best, run);
    } else if (outcome === 'missed' && continuous) {
      run = 0;
    }
  }
  return { current: run, best, periods: outcomes.length, continuous };
}

/** Every tracking type but NON_CONTINUOUS_STREAKS reads as continuous: a miss breaks the run. */
export function isContinuous(trackingType: string | null): boolean {
  return trackingType !== 'NON_CONTINUOUS_STREAKS';
}
