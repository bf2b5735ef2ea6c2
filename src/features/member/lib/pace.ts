/**
 * Pace within the current period. The elapsed fraction of the period is (now − start) ÷ (end − start);
 * at that pace the member ends the period at achieved ÷ elapsed. What is still needed per day is the
 * remainder ÷ the whole days left (at least 1, so the last day reads "today" rather than ÷ 0).
 *
 * At risk: a target is set and not met, the projection falls short of it, and at least
 * AT_RISK_GRACE of the period has passed — in the first fifth a slow start is normal and a single
 * purchase swings the projection, so nobody is flagged on day one (docs/decisions/013-counter-and-triage.md).
 */
export const AT_RISK_GRACE = 0.2;

export type PaceInput = {
  achieved: number;
  /** null: no target set. */
  target: number | null;
  startMs: number | null;
  endMs: number | null;
  nowMs: number;
  /** Whole days left (calendar days, ≥ 0). */
  daysLeft: number;
};

export type Pace = {
  /** Share of the period that has passed, 0–1; null when its bounds are unknown. */
  elapsed: number | null;
  /** The total expected at the period's end at the current pace; null before the period starts. */
  projected: number | null;
  /** What is still needed per remaining day; null once met or without a target. */
  perDay: number | null;
  /** The projection reaches the target. */
  onTrack: boolean | null;
  atRisk: boolean;
};

const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

export function elapsedFraction(startMs: number | null, endMs: number | null, nowMs: number): number | null {
  if (!finite(startMs) || !finite(endMs) || !Number.isFinite(nowMs) || endMs <= startMs) return null;
  const fraction = (nowMs - startMs) / (endMs - startMs);
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : null;
}

export function pace(input: PaceInput): Pace {
  const achieved = Number.isFinite(input.achieved) ? Math.max(0, input.achieved) : 0;
  const target = finite(input.target) && input.target > 0 ? input.target : null;
  const elapsed = elapsedFraction(input.startMs, input.endMs, input.nowMs);
  const rawProjection = elapsed !== null && elapsed > 0 ? achieved / elapsed : null;
  const projected = finite(rawProjection) ? rawProjection : null;
  const met = target !== null && achieved >= target;
  const remaining = target === null ? 0 : target - achieved;
  const days = Number.isFinite(input.daysLeft) ? Math.max(1, Math.floor(input.daysLeft)) : 1;
  const perDay = target === null || met ? null : remaining / days;
  const onTrack = target === null || projected === null ? null : projected >= target;
  const atRisk = target !== null && !met && elapsed !== null && elapsed >= AT_RISK_GRACE && onTrack === false;
  return { elapsed, projected, perDay: finite(perDay) ? perDay : null, onTrack, atRisk };
}
