import type { TargetGroup } from '../../../../contract';
import type { FormatOptions } from '../../../lib/format';
import { groupTargets } from './group-targets';
import { attributionPartyLabel, evaluationTypeLabel, preferredTillLabel, trackingTypeLabel } from './labels';
import { trackCore, targetView, type TargetView, type TrackCore, type ViewScope } from './period-view';
import { streakTimeline, streakView, type StreakView, type TimelineEntry } from './streak-timeline';

export type GroupView = {
  key: string;
  id: string | null;
  name: string;
  tracking: string;
  evaluation: string;
  till: string;
  createdBy: string;
  /** CAPPING: a liability control ("used X of Y allowed"), not a member goal. */
  capping: boolean;
  /** With scope `current`, each target holds only its current periods (`complete` is false). */
  targets: TargetView[];
  /** False when `targets` holds only the current periods (scope `current`). */
  complete: boolean;
  /** Every period of every target, as cores, whatever the scope: for streak runs. */
  tracks: TrackCore[];
  /**
   * Present for every group that carries streaks, whatever its tracking type. The timeline (one entry
   * per period) is empty with scope `current`: it is drawn with the periods.
   */
  streaks: { timeline: TimelineEntry[]; items: StreakView[] } | null;
};

export function groupName(group: Pick<TargetGroup, 'name' | 'id'>): string {
  if (group.name !== null && group.name.trim() !== '') return group.name;
  return group.id !== null ? `Target group ${group.id}` : 'Unnamed target group';
}

/**
 * Everything one target group card shows, derived once per payload; with scope `current`, what its first
 * pass shows (the current periods in full; the others only as cores, for its streaks).
 */
export function groupView(
  group: TargetGroup,
  index: number,
  nowMs: number,
  options: FormatOptions = {},
  scope: ViewScope = 'all',
): GroupView {
  const capping = group.trackingType === 'CAPPING';
  const tracks = groupTargets(group.targets);
  const targets = tracks.map((track) => targetView(track, nowMs, { ...options, capping }, scope));
  // With every period drawn in full, the full views are the cores.
  const cores: TrackCore[] =
    scope === 'all' ? targets : tracks.map((track) => trackCore(track, nowMs, options));
  return {
    key: `${group.id ?? 'group'}:${index}`,
    id: group.id,
    name: groupName(group),
    tracking: trackingTypeLabel(group.trackingType),
    evaluation: evaluationTypeLabel(group.targetEvaluationType),
    till: preferredTillLabel(group.preferredTillId),
    createdBy: attributionPartyLabel(group.attribution?.createdBy ?? null),
    capping,
    targets,
    complete: scope === 'all',
    tracks: cores,
    streaks:
      group.streaks.length > 0
        ? {
            timeline: scope === 'all' ? streakTimeline(targets) : [],
            items: group.streaks.map((streak, i) => streakView(streak, i, cores, options)),
          }
        : null,
  };
}
