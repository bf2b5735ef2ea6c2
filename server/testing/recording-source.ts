import type {
  CustomerIdentifier,
  LookupResult,
  MemberTargetsResult,
  MemberTargetsSource,
  TargetGroupsQuery,
} from '../upstream/source';

const NO_LOOKUP: LookupResult = { outcome: 'failed', failure: 'failed' };

/**
 * A MemberTargetsSource that answers from a fixed result and records its calls: for route tests that
 * are about our own surface (statuses, headers, routing), not the wire to Capillary.
 */
export function recordingSource(
  result: MemberTargetsResult,
  lookup: LookupResult = NO_LOOKUP,
): MemberTargetsSource & {
  calls: { userId: string; query: TargetGroupsQuery }[];
  lookups: CustomerIdentifier[];
} {
  const calls: { userId: string; query: TargetGroupsQuery }[] = [];
  const lookups: CustomerIdentifier[] = [];
  return {
    calls,
    lookups,
    getUserTargetGroups: (userId, query) => {
      calls.push({ userId, query });
      return Promise.resolve(result);
    },
    lookupCustomer: (identifier) => {
      lookups.push(identifier);
      return Promise.resolve(lookup);
    },
    close: () => Promise.resolve(),
  };
}
