import { parseMemberTargetsResponse, type MemberTargetsResponse, type TargetGroup } from '../contract';
import type { JsonObject, MemberRecord, TargetQuery } from './model';
import { renderMemberTargets } from './render';

/** Shared by the demo's tests: the day the e2e suite pins (playwright.config.ts DEMO_TODAY). */
export const TEST_TODAY = new Date(Date.UTC(2026, 10, 25));

export const QUERIES: Record<string, TargetQuery> = {
  default: { includeInactive: false, includeInactiveTargets: false, targetRuleId: null },
  includeInactive: { includeInactive: true, includeInactiveTargets: false, targetRuleId: null },
  includeInactiveTargets: { includeInactive: false, includeInactiveTargets: true, targetRuleId: null },
  both: { includeInactive: true, includeInactiveTargets: true, targetRuleId: null },
};

/** The body as the wire carries it (a JSON round trip), unparsed. */
export function wireBody(record: MemberRecord, query: TargetQuery): JsonObject {
  return JSON.parse(JSON.stringify(renderMemberTargets(record, query))) as JsonObject;
}

export function parsedAnswer(record: MemberRecord, query: TargetQuery): MemberTargetsResponse {
  return parseMemberTargetsResponse(wireBody(record, query));
}

/** The groups that parsed; throws when the member's groups are not a list. */
export function okGroups(response: MemberTargetsResponse): TargetGroup[] {
  const groups = response.data?.groups;
  if (!Array.isArray(groups)) throw new Error('expected a list of groups');
  return groups.flatMap((section) => (section.ok ? [section.group] : []));
}
