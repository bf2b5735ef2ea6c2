import type { TargetPeriod } from '../../../../contract';
import { periodBounds } from './period-state';

/** One target across its periods: the API repeats the target's fields in every period. */
export type TargetTrack = {
  key: string;
  name: string;
  periods: TargetPeriod[];
};

function trackKey(period: TargetPeriod, index: number): string {
  if (period.targetRuleId !== null) return `rule:${period.targetRuleId}`;
  if (period.targetName !== null && period.targetName.trim() !== '') return `name:${period.targetName}`;
  return `index:${index}`;
}

export function targetName(period: TargetPeriod): string {
  if (period.targetName !== null && period.targetName.trim() !== '') return period.targetName;
  return period.targetRuleId !== null ? `Target ${period.targetRuleId}` : 'Unnamed target';
}

function startOf(period: TargetPeriod): number {
  return periodBounds(period).startMs ?? Number.POSITIVE_INFINITY;
}

/**
 * Groups a target group's periods by target (targetRuleId, else targetName), each target's periods in
 * period order. Targets keep the order in which they first appear.
 */
export function groupTargets(periods: TargetPeriod[]): TargetTrack[] {
  const tracks = new Map<string, TargetTrack>();
  periods.forEach((period, index) => {
    const key = trackKey(period, index);
    const track = tracks.get(key);
    if (track) track.periods.push(period);
    else tracks.set(key, { key, name: targetName(period), periods: [period] });
  });
  return [...tracks.values()].map((track) => ({
    ...track,
    // A stable sort: periods without a start keep their place at the end.
    periods: [...track.periods].sort((a, b) => {
      const diff = startOf(a) - startOf(b);
      return Number.isNaN(diff) ? 0 : diff;
    }),
  }));
}
