import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { ContractError, parseMemberTargetsResponse, type MemberTargetsResponse } from '../../../../contract';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

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

export type MemberTargetsResult = MemberTargetsResponse & {
  /**
   * When the answer arrived (epoch ms). Periods without a `currentPeriod` flag are placed against this
   * instant, so past / current / upcoming stay the same for as long as the same answer is on screen.
   */
  receivedAt: number;
};

/** Fetches and parses section by section; a body that is not the envelope throws a ContractError. */
export async function getMemberTargets(
  api: ApiClient,
  params: MemberTargetsParams,
  signal?: AbortSignal,
  now: () => number = Date.now,
): Promise<MemberTargetsResult> {
  const body = await api.getJson(memberTargetsPath(params), { signal });
  const response = parseMemberTargetsResponse(body);
  if (response.data === null) throw new ContractError('The answer carried no member data.');
  return { ...response, receivedAt: now() };
}

export const memberKeys = {
  all: ['members'] as const,
  member: (userId: string) => [...memberKeys.all, userId] as const,
  targets: (params: MemberTargetsParams) =>
    [
      ...memberKeys.member(params.userId),
      'targets',
      { includeInactiveTargets: params.includeInactiveTargets, includeInactive: params.includeInactive },
    ] as const,
};

export function memberTargetsQueryOptions(api: ApiClient, params: MemberTargetsParams) {
  return queryOptions({
    queryKey: memberKeys.targets(params),
    queryFn: ({ signal }) => getMemberTargets(api, params, signal),
    staleTime: 30_000,
    // Keep the member on screen while a switch refetches it; never show one member's data for another.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === params.userId ? keepPreviousData(previous) : undefined,
  });
}

export function useMemberTargets(params: MemberTargetsParams) {
  const api = useApiClient();
  return useQuery(memberTargetsQueryOptions(api, params));
}
