import { formatNumber, type FormatOptions } from '../../../lib/format';
import { PERIOD_OUTCOME_LABELS } from './period-state';
import type { TargetView } from './period-view';

export type HistoryRow = {
  key: string;
  /** The axis and row label: the ref code, else the dates, else "Period n". */
  period: string;
  dateRange: string | null;
  achieved: number;
  /** null: no target set for this period. */
  target: number | null;
  current: boolean;
  /** "Met", "Missed", "In progress", "Upcoming"; for caps "Cap reached" / "Within cap". */
  result: string;
  met: boolean;
  achievedText: string;
  targetText: string;
  /** Milestones reached in this period, by name. */
  milestonesReached: string[];
};

export type HistoryMilestone = { key: string; name: string; value: number };

export type PeriodHistory = {
  rows: HistoryRow[];
  /** Milestone lines, from the current period (else the latest one), the target itself left out. */
  milestones: HistoryMilestone[];
  /** The current period's label, where the chart marks it. */
  currentPeriod: string | null;
  /** Only the current period is loaded: "Show all cycles" brings the rest. */
  onlyCurrent: boolean;
  /** The largest figure on the chart, for its axis. */
  maxValue: number;
};

/** The period-history chart's series and its table, from one target's periods (in period order). */
export function periodHistory(
  target: TargetView,
  capping: boolean,
  options: FormatOptions = {},
): PeriodHistory {
  const rows = target.periods.map((period, index): HistoryRow => {
    const base = period.refCode?.trim() || period.dateRange || `Period ${index + 1}`;
    const { achieved, target: value, met } = period.progress;
    return {
      key: period.key,
      period: base,
      dateRange: period.dateRange,
      achieved,
      target: value,
      current: period.state === 'current',
      result: capping
        ? period.capReached
          ? 'Cap reached'
          : 'Within cap'
        : PERIOD_OUTCOME_LABELS[period.outcome],
      met,
      achievedText: formatNumber(achieved, options),
      targetText: value === null ? 'Not set' : formatNumber(value, options),
      milestonesReached: period.milestones.filter((m) => m.reached).map((m) => m.name),
    };
  });
  const reference =
    target.periods.find((p) => p.state === 'current') ?? target.periods[target.periods.length - 1];
  const seen = new Set<number>();
  const milestones: HistoryMilestone[] = [];
  for (const milestone of reference?.milestones ?? []) {
    const value = milestone.threshold;
    if (value === null || !Number.isFinite(value) || value <= 0) continue;
    if (reference?.progress.target !== null && value === reference?.progress.target) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    milestones.push({ key: milestone.key, name: milestone.name, value });
  }
  const current = rows.find((row) => row.current);
  const figures = [
    ...rows.flatMap((row) => [row.achieved, row.target ?? 0]),
    ...milestones.map((m) => m.value),
  ].filter((n) => Number.isFinite(n) && n >= 0);
  return {
    rows,
    milestones,
    currentPeriod: current ? current.period : null,
    onlyCurrent: rows.length > 0 && rows.every((row) => row.current),
    maxValue: figures.length > 0 ? Math.max(...figures) : 0,
  };
}
