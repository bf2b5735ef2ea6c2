import type { TargetPeriod, Timestamp } from '../../../../contract';
import type { PeriodProgress } from './period-progress';

export type PeriodState = 'past' | 'current' | 'upcoming';

/** A period's outcome, as the streak timeline and the bar colours read it. */
export type PeriodOutcome = 'met' | 'missed' | 'in-progress' | 'upcoming';

export type PeriodBounds = { startMs: number | null; endMs: number | null };

const DAY_MS = 86_400_000;

function instant(timestamp: Timestamp | null, endOfDay: boolean): number | null {
  if (!timestamp || timestamp.epochMs === null || !Number.isFinite(timestamp.epochMs)) return null;
  return timestamp.dateOnly && endOfDay ? timestamp.epochMs + DAY_MS - 1 : timestamp.epochMs;
}

/** Start and end instants; the `…WithTimeStamp` fields win, a bare end date lasts to the end of its day. */
export function periodBounds(period: TargetPeriod): PeriodBounds {
  return {
    startMs: instant(period.periodStartDateWithTimeStamp, false) ?? instant(period.periodStartDate, false),
    endMs: instant(period.periodEndDateWithTimeStamp, true) ?? instant(period.periodEndDate, true),
  };
}

export type StateInput = { bounds: PeriodBounds; currentPeriod: boolean | null };

/**
 * Past, current or upcoming. Capillary's `currentPeriod` flag wins; the other periods are placed
 * before or after the flagged one; with no period flagged, the dates are compared with `nowMs`.
 */
export function periodState(period: StateInput, current: PeriodBounds | null, nowMs: number): PeriodState {
  if (period.currentPeriod === true) return 'current';
  const { startMs, endMs } = period.bounds;
  if (current?.startMs != null && startMs !== null) {
    if (startMs < current.startMs) return 'past';
    if (startMs > current.startMs) return 'upcoming';
  }
  if (endMs !== null && endMs < nowMs) return 'past';
  if (startMs !== null && startMs > nowMs) return 'upcoming';
  if (startMs === null && endMs === null) return period.currentPeriod === false ? 'past' : 'current';
  return 'current';
}

/** The states of one target's periods, each read against the period flagged current among them. */
export function periodStates(periods: StateInput[], nowMs: number): PeriodState[] {
  const current = periods.find((p) => p.currentPeriod === true)?.bounds ?? null;
  return periods.map((period) => periodState(period, current, nowMs));
}

/** Met ⇔ achieved ≥ target > 0, whatever the period; otherwise by where the period stands. */
export function periodOutcome(progress: PeriodProgress, state: PeriodState): PeriodOutcome {
  if (progress.met) return 'met';
  if (state === 'upcoming') return 'upcoming';
  return state === 'current' ? 'in-progress' : 'missed';
}

export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  past: 'Past',
  current: 'Current period',
  upcoming: 'Upcoming',
};

export const PERIOD_OUTCOME_LABELS: Record<PeriodOutcome, string> = {
  met: 'Met',
  missed: 'Missed',
  'in-progress': 'In progress',
  upcoming: 'Upcoming',
};
