import type { Streak } from '../../../../contract';
import { formatDate, formatNumber, type FormatOptions } from '../../../lib/format';
import { streakStatusLabel } from './labels';
import { PERIOD_OUTCOME_LABELS, type PeriodOutcome } from './period-state';
import type { PeriodView, TargetView } from './period-view';

export type TimelineEntry = {
  key: string;
  label: string;
  dateRange: string | null;
  outcome: PeriodOutcome;
  outcomeLabel: string;
};

export type StreakView = {
  key: string;
  name: string;
  status: string;
  /** "2 of 5": the current count of the sequence's total. */
  count: string;
  /** "Completed in Cycle_2 on 10 Jun 2024", when the streak names its completing period or date. */
  achieved: string | null;
};

/**
 * The group's periods in start order, each Met / Missed / In progress / Upcoming. With several targets
 * in the group each entry names its target.
 */
export function streakTimeline(targets: TargetView[]): TimelineEntry[] {
  const several = targets.length > 1;
  const entries = targets.flatMap((target) =>
    target.periods.map((period, index) => ({ target, period, index })),
  );
  const ordered = entries
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => {
      const diff = (a.period.startMs ?? Infinity) - (b.period.startMs ?? Infinity);
      return Number.isNaN(diff) || diff === 0 ? a.order - b.order : diff;
    });
  return ordered.map(({ target, period, index }) => {
    const base = period.refCode?.trim() || period.dateRange || `Period ${index + 1}`;
    return {
      key: `${target.key}|${period.key}`,
      label: several ? `${target.name}: ${base}` : base,
      dateRange: period.refCode?.trim() ? period.dateRange : null,
      outcome: period.outcome,
      outcomeLabel: PERIOD_OUTCOME_LABELS[period.outcome],
    };
  });
}

function countText(current: number | null, total: number | null, options: FormatOptions): string {
  if (current !== null && total !== null) {
    return `${formatNumber(current, options)} of ${formatNumber(total, options)}`;
  }
  if (current !== null) return `${formatNumber(current, options)} so far`;
  if (total !== null) return `0 of ${formatNumber(total, options)}`;
  return 'No count yet';
}

type NamedPeriod = Pick<PeriodView, 'targetId' | 'refCode' | 'dateRange'>;

function achievedText(streak: Streak, periods: NamedPeriod[], options: FormatOptions): string | null {
  const id = streak.streakAchievedUserTargetId;
  const period = id === null ? undefined : periods.find((p) => p.targetId === id);
  const where = period
    ? period.refCode?.trim() || period.dateRange
    : id === null
      ? null
      : `target period #${id}`;
  const when = streak.streakAchievedDateTime ? formatDate(streak.streakAchievedDateTime, options) : null;
  if (where && when) return `Completed in ${where} on ${when}`;
  if (where) return `Completed in ${where}`;
  if (when) return `Completed on ${when}`;
  return null;
}

export function streakView(
  streak: Streak,
  index: number,
  /** The group's targets with every period: full views, or cores (TrackCore). */
  targets: ReadonlyArray<{ periods: readonly NamedPeriod[] }>,
  options: FormatOptions = {},
): StreakView {
  const name =
    streak.streakName?.trim() || (streak.streakId ? `Streak ${streak.streakId}` : `Streak ${index + 1}`);
  return {
    key: streak.userStreakId ?? streak.streakId ?? `s${index}`,
    name,
    status: streak.status === null ? 'Status unknown' : streakStatusLabel(streak.status),
    count: countText(streak.currentCount, streak.totalTargetCountOfSequence, options),
    achieved: achievedText(
      streak,
      targets.flatMap((t) => t.periods),
      options,
    ),
  };
}
