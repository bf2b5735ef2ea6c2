// The API address of a member's targets: small and free of the contract's schemas, so the first page
// load can ask for it (early-member-fetch.ts) before the member page's code has arrived.

export type MemberTargetsParams = {
  userId: string;
  /** Also deactivated targets and milestones. */
  includeInactiveTargets: boolean;
  /** Every cycle (past and future) of each target, not only the current one. */
  includeInactive: boolean;
};

export function memberTargetsPath({
  userId,
  includeInactiveTargets,
  includeInactive,
}: MemberTargetsParams): string {
  const search = new URLSearchParams();
  if (includeInactiveTargets) search.set('includeInactiveTargets', 'true');
  if (includeInactive) search.set('includeInactive', 'true');
  const query = search.toString();
  return `/api/v3/users/${encodeURIComponent(userId)}/targetGroups${query ? `?${query}` : ''}`;
}
