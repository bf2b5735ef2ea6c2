import type { MemberTargetsResult, MemberTargetsSource, TargetGroupsQuery } from '../upstream/source';

/**
 * A MemberTargetsSource that answers from a fixed result and records its calls: for route tests that
 * are about our own surface (statuses, headers, routing), not the wire to Capillary.
 */
export function recordingSource(result: MemberTargetsResult): MemberTargetsSource & {
  calls: { userId: string; query: TargetGroupsQuery }[];
} {
  const calls: { userId: string; query: TargetGroupsQuery }[] = [];
  return {
    calls,
    getUserTargetGroups: (userId, query) => {
      calls.push({ userId, query });
      return Promise.resolve(result);
    },
    close: () => Promise.resolve(),
  };
}
