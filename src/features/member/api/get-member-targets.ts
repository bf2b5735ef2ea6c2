import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { ContractError, parseMemberTargetsResponse, type MemberTargetsResponse } from '../../../../contract';
import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { takeEarlyMemberBody } from './early-member-fetch';
import { memberTargetsPath, type MemberTargetsParams } from './member-targets-path';

export { memberTargetsPath, type MemberTargetsParams };

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
  const path = memberTargetsPath(params);
  // On a first load the answer may already be on its way (main.tsx asked before this code arrived).
  const body = await (takeEarlyMemberBody(path, now()) ?? api.getJson(path, { signal }));
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
