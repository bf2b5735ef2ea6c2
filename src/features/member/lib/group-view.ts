import type { TargetGroup } from '../../../../contract';
import type { FormatOptions } from '../../../lib/format';
import { groupTargets } from './group-targets';
import { attributionPartyLabel, evaluationTypeLabel, preferredTillLabel, trackingTypeLabel } from './labels';
import { targetView, type TargetView } from './period-view';
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
  targets: TargetView[];
  /** Present for every group that carries streaks, whatever its tracking type. */
  streaks: { timeline: TimelineEntry[]; items: StreakView[] } | null;
};

export function groupName(group: Pick<TargetGroup, 'name' | 'id'>): string {
  if (group.name !== null && group.name.trim() !== '') return group.name;
  return group.id !== null ? `Target group ${group.id}` : 'Unnamed target group';
}

/** Everything one target group card shows, derived once per payload. */
export function groupView(
  group: TargetGroup,
  index: number,
  nowMs: number,
  options: FormatOptions = {},
): GroupView {
  const capping = group.trackingType === 'CAPPING';
  const targets = groupTargets(group.targets).map((track) =>
    targetView(track, nowMs, { ...options, capping }),
  );
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
    streaks:
      group.streaks.length > 0
        ? {
            timeline: streakTimeline(targets),
            items: group.streaks.map((streak, i) => streakView(streak, i, targets, options)),
          }
        : null,
  };
}
