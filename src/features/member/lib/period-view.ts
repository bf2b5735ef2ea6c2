import type { TargetPeriod } from '../../../../contract';
import { formatDate, formatNumber, formatPercent, type FormatOptions } from '../../../lib/format';
import type { TargetTrack } from './group-targets';
import { targetEntityLabel, targetTypeLabel } from './labels';
import { hasMarker, milestoneProgress, type MilestoneProgress } from './milestone-progress';
import { periodProgress, type PeriodProgress } from './period-progress';
import {
  PERIOD_STATE_LABELS,
  periodBounds,
  periodOutcome,
  periodStates,
  type PeriodOutcome,
  type PeriodState,
} from './period-state';
import { progressValueText, remainingText, type FigureOptions } from './progress-text';

export type MilestoneView = MilestoneProgress & {
  key: string;
  /** "at 3", "at 50% of the target (500)". */
  valueText: string;
  /** "Reached", "3 to go", "Not reached". */
  statusText: string;
  marker: boolean;
};

export type PeriodView = {
  key: string;
  targetId: string | null;
  refCode: string | null;
  dateRange: string | null;
  startMs: number | null;
  /** The progress bar's accessible name: "<target>, <ref code> (<start> – <end>)". */
  label: string;
  state: PeriodState;
  stateLabel: string;
  outcome: PeriodOutcome;
  progress: PeriodProgress;
  /** Visible figures and aria-valuetext. */
  valueText: string;
  reachedOn: string | null;
  /** CAPPING: the limit is used up. */
  capReached: boolean;
  milestones: MilestoneView[];
};

export type TargetView = {
  key: string;
  name: string;
  /** "Count · Transactions". */
  kind: string;
  eventName: string | null;
  currency: string | null;
  /** In period order. */
  periods: PeriodView[];
};

export type ViewOptions = FormatOptions & { capping: boolean };

/**
 * Which periods a view draws in full: `all`, or only the `current` ones (a long member's first pass, when
 * only the current periods are on screen: 1,440 periods' figures, labels and milestones are worked out
 * when they are drawn, not before).
 */
export type ViewScope = 'all' | 'current';

/** What a period is, without its figures: enough for streak runs and a streak's completing period. */
export type PeriodCore = Pick<PeriodView, 'targetId' | 'refCode' | 'dateRange' | 'startMs' | 'outcome'>;

/** Every period of one target, as cores, in period order (as TargetView.periods). */
export type TrackCore = { key: string; periods: PeriodCore[] };

/** "11 Apr 2024 – 17 Apr 2024"; the plain dates win over the timestamps (no time-zone shift). */
export function periodDateRange(period: TargetPeriod, options: FormatOptions = {}): string | null {
  const start = period.periodStartDate ?? period.periodStartDateWithTimeStamp;
  const end = period.periodEndDate ?? period.periodEndDateWithTimeStamp;
  if (start && end) return `${formatDate(start, options)} – ${formatDate(end, options)}`;
  if (start) return `from ${formatDate(start, options)}`;
  if (end) return `until ${formatDate(end, options)}`;
  return null;
}

/** The progress bar's name; without a ref code just the dates. */
export function periodLabel(
  name: string,
  refCode: string | null,
  dateRange: string | null,
  index: number,
): string {
  const ref = refCode !== null && refCode.trim() !== '' ? refCode : null;
  if (ref && dateRange) return `${name}, ${ref} (${dateRange})`;
  if (ref) return `${name}, ${ref}`;
  if (dateRange) return `${name}, ${dateRange}`;
  return `${name}, period ${index + 1}`;
}

/** The currency figures are counted in, for alternate-currency targets ("Stars"). */
export function currencyOf(period: TargetPeriod): string | null {
  const name = period.alternateCurrencyName?.trim();
  if (name) return name;
  const id = period.alternateCurrencyIdentifier?.trim();
  return period.targetEntity === 'ALTERNATE_CURRENCIES' && id ? id : null;
}

function milestoneView(
  period: TargetPeriod,
  progress: PeriodProgress,
  figures: FigureOptions,
): MilestoneView[] {
  return period.milestones.map((milestone, index) => {
    const result = milestoneProgress(milestone, progress.achieved, progress.target);
    const absolute = result.threshold === null ? null : formatNumber(result.threshold, figures);
    const unit = figures.unit ? ` ${figures.unit}` : '';
    let valueText: string;
    if (milestone.triggerValueType === 'PERCENTAGE' && milestone.triggerValue !== null) {
      const share = `${formatPercent(milestone.triggerValue, figures)} of the target`;
      valueText = absolute === null ? `at ${share}` : `at ${share} (${absolute}${unit})`;
    } else {
      valueText = absolute === null ? 'value not set' : `at ${absolute}${unit}`;
    }
    const statusText = result.reached
      ? 'Reached'
      : result.remaining !== null
        ? remainingText(result.remaining, figures)
        : 'Not reached';
    return { ...result, key: milestone.id ?? `m${index}`, valueText, statusText, marker: hasMarker(result) };
  });
}

function trackStates(track: TargetTrack, nowMs: number) {
  const inputs = track.periods.map((period) => ({
    bounds: periodBounds(period),
    currentPeriod: period.currentPeriod,
  }));
  return { inputs, states: periodStates(inputs, nowMs) };
}

/**
 * Every period of one target, with its figures, state and milestones, ready to draw; with scope
 * `current`, only its current periods (the same views as with `all`, keys included).
 */
export function targetView(
  track: TargetTrack,
  nowMs: number,
  options: ViewOptions,
  scope: ViewScope = 'all',
): TargetView {
  const first = track.periods[0];
  const currency = first ? currencyOf(first) : null;
  const figures: FigureOptions = { ...options, unit: currency };
  const { inputs, states } = trackStates(track, nowMs);
  const periods: PeriodView[] = [];
  track.periods.forEach((period, index) => {
    const state = states[index] ?? 'past';
    if (scope === 'current' && state !== 'current') return;
    const progress = periodProgress(period.targetAchievedValue, period.targetValue);
    const dateRange = periodDateRange(period, options);
    const reached = period.targetAchievedDateTime;
    periods.push({
      key: `${period.periodId ?? ''}|${period.targetId ?? ''}|${index}`,
      targetId: period.targetId,
      refCode: period.periodRefCode,
      dateRange,
      startMs: inputs[index]?.bounds.startMs ?? null,
      label: periodLabel(track.name, period.periodRefCode, dateRange, index),
      state,
      stateLabel: PERIOD_STATE_LABELS[state],
      outcome: periodOutcome(progress, state),
      progress,
      valueText: progressValueText(progress, figures),
      reachedOn: reached ? `Reached on ${formatDate(reached, options)}` : null,
      capReached: options.capping && progress.met,
      milestones: milestoneView(period, progress, figures),
    });
  });
  const kind = first ? `${targetTypeLabel(first.targetType)} · ${targetEntityLabel(first.targetEntity)}` : '';
  return {
    key: track.key,
    name: track.name,
    kind,
    eventName: first?.eventName ?? null,
    currency,
    periods,
  };
}

/** Every period of one target as a core: the same state, outcome, start and names as its full view. */
export function trackCore(track: TargetTrack, nowMs: number, options: FormatOptions = {}): TrackCore {
  const { inputs, states } = trackStates(track, nowMs);
  return {
    key: track.key,
    periods: track.periods.map((period, index): PeriodCore => {
      const state = states[index] ?? 'past';
      return {
        targetId: period.targetId,
        refCode: period.periodRefCode,
        dateRange: periodDateRange(period, options),
        startMs: inputs[index]?.bounds.startMs ?? null,
        outcome: periodOutcome(periodProgress(period.targetAchievedValue, period.targetValue), state),
      };
    }),
  };
}

/** The current period(s) first, so they are the first thing seen; the rest stay in period order. */
export function currentFirst(periods: PeriodView[]): PeriodView[] {
  return [...periods.filter((p) => p.state === 'current'), ...periods.filter((p) => p.state !== 'current')];
}
