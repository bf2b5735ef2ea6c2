import {
  isJsonObject,
  type DemoGroup,
  type Json,
  type JsonObject,
  type MemberRecord,
  type TargetQuery,
} from './model';

/**
 * The getUserTargets answer for one member and query, as Capillary's envelope.
 * - includeInactive=false: each target shows only its current period (none if it has no current one);
 *   true: every cycle, past and future (../shared/api/capillary-notes.md).
 * - includeInactiveTargets=false hides deactivated groups, targets and milestones (`isActive: false`).
 * - targetRuleId keeps only that target; groups left without targets are dropped.
 * Reference recordings ignore the two flags (see reference-members.ts).
 */
export function renderMemberTargets(record: MemberRecord, query: TargetQuery): JsonObject {
  if (record.kind === 'recording') return renderRecording(record.envelope, query.targetRuleId);
  const targetGroups = record.groups
    .filter((group) => group.active || query.includeInactiveTargets)
    .flatMap((group) => renderGroup(group, query));
  return {
    data: { userId: Number(record.userId), customer: record.customer, targetGroups },
    errors: null,
    warnings: record.warnings,
  };
}

const matchesRule = (ruleId: Json | undefined, wanted: string | null) =>
  wanted === null || String(ruleId) === wanted;

function renderGroup(group: DemoGroup, query: TargetQuery): JsonObject[] {
  // A malformed group has no rules to filter by: it stays in the full answer only.
  if (group.brokenTargets !== undefined) {
    return query.targetRuleId === null ? [{ ...group.fields, targets: group.brokenTargets }] : [];
  }
  const targets = group.targets.filter(
    (t) => (t.active || query.includeInactiveTargets) && matchesRule(t.targetRuleId, query.targetRuleId),
  );
  if (query.targetRuleId !== null && targets.length === 0) return [];
  const periods = targets
    .flatMap((t) => t.periods)
    .filter((period) => query.includeInactive || period.currentPeriod === true)
    .map((period) => (query.includeInactiveTargets ? period : withoutInactiveMilestones(period)));
  return [{ ...group.fields, targets: periods }];
}

function withoutInactiveMilestones(period: JsonObject): JsonObject {
  const { milestones } = period;
  if (!Array.isArray(milestones)) return period;
  const active = milestones.filter((m) => !(isJsonObject(m) && m.isActive === false));
  return active.length === milestones.length ? period : { ...period, milestones: active };
}

function renderRecording(envelope: JsonObject, targetRuleId: string | null): JsonObject {
  const data = envelope.data;
  if (targetRuleId === null || !isJsonObject(data)) return envelope;
  const groups = Array.isArray(data.targetGroups) ? data.targetGroups : [];
  const targetGroups = groups.flatMap((group) => {
    if (!isJsonObject(group) || !Array.isArray(group.targets)) return [];
    const targets = group.targets.filter((t) => isJsonObject(t) && matchesRule(t.targetRuleId, targetRuleId));
    return targets.length > 0 ? [{ ...group, targets }] : [];
  });
  return { ...envelope, data: { ...data, targetGroups } };
}
