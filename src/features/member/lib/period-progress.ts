/**
 * How far a member is in one period of one target. Achieved can exceed the target (7 of 2) and the
 * target can be 0 or missing (capillary-notes.md): nothing here is ever NaN or infinite.
 */
export type PeriodProgress = {
  /** As sent, 0 when missing. */
  achieved: number;
  /** The value to reach; null when there is none (missing, 0 or negative). */
  target: number | null;
  /** achieved / target on the 0–100 scale, may exceed 100; null without a target. */
  percent: number | null;
  /** The bar's fill, clamped to [0, 100]. */
  fillPercent: number;
  /** aria-valuenow: achieved clamped to [0, valueMax]. */
  valueNow: number;
  /** aria-valuemax: the target, 0 without one. */
  valueMax: number;
  /** Reached: achieved ≥ target > 0. */
  met: boolean;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function finiteOr(value: number | null | undefined, fallback: number): number {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : fallback;
}

export function periodProgress(achievedValue: number | null, targetValue: number | null): PeriodProgress {
  const achieved = finiteOr(achievedValue, 0);
  const sentTarget = finiteOr(targetValue, 0);
  const target = sentTarget > 0 ? sentTarget : null;
  if (target === null) {
    return { achieved, target, percent: null, fillPercent: 0, valueNow: 0, valueMax: 0, met: false };
  }
  const met = achieved >= target;
  const raw = (achieved / target) * 100;
  // Round down while unmet so that 99.96 % never reads "100%" before the target is reached.
  const shown = met ? Math.round(raw * 10) / 10 : Math.floor(raw * 10) / 10;
  const percent = Number.isFinite(shown) ? (shown === 0 ? 0 : shown) : null;
  const fillPercent = met ? 100 : Number.isFinite(raw) ? clamp(raw, 0, 100) : 0;
  return {
    achieved,
    target,
    percent,
    fillPercent,
    valueNow: clamp(achieved, 0, target),
    valueMax: target,
    met,
  };
}
