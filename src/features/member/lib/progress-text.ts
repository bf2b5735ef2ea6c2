import { formatNumber, formatPercent, type FormatOptions } from '../../../lib/format';
import type { PeriodProgress } from './period-progress';

export type FigureOptions = FormatOptions & {
  /** The alternate currency's name ("Stars"), named in every figure of such a target. */
  unit?: string | null;
  /** CAPPING groups count what was issued against a limit: read as a cap, not a goal. */
  capping?: boolean;
};

function withUnit(text: string, unit: string | null | undefined): string {
  return unit ? `${text} ${unit}` : text;
}

/**
 * The figures of one period, used both as visible text and as aria-valuetext:
 * "5,000 of 8,000 (62.5%)", "5 of 8 Stars (62.5%)", "350 of 1,200 allowed used",
 * "7 achieved (no target set)".
 */
export function progressValueText(progress: PeriodProgress, options: FigureOptions = {}): string {
  const achieved = formatNumber(progress.achieved, options);
  if (progress.target === null) {
    return options.capping
      ? `${withUnit(achieved, options.unit)} used (no cap set)`
      : `${withUnit(achieved, options.unit)} achieved (no target set)`;
  }
  const ofTarget = `${achieved} of ${withUnit(formatNumber(progress.target, options), options.unit)}`;
  if (options.capping) return `${ofTarget} allowed used`;
  return progress.percent === null ? ofTarget : `${ofTarget} (${formatPercent(progress.percent, options)})`;
}

/** "3 to go", "1,200 Stars to go"; a remainder is never negative. */
export function remainingText(remaining: number, options: FigureOptions = {}): string {
  return `${withUnit(formatNumber(Math.max(0, remaining), options), options.unit)} to go`;
}
