import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { isMemberId } from '../../../lib/member-id';
import { dataOf, idText, UnexpectedAnswerError } from '../../../lib/read-answer';
import type { IdentifierKind } from '../lib/classify-query';

export type LookupRequest = { kind: IdentifierKind; value: string };

/**
 * GET /api/v2/customers/lookup → `{data: {userId}}`. The id may come as a number or a string; it
 * becomes a string. A number past 2^53 has already lost digits in JSON.parse, so it is refused rather
 * than opening someone else's page.
 */
export function readLookupAnswer(body: unknown): string {
  const userId = idText(dataOf(body, 'Lookup').userId)?.trim();
  if (userId === undefined) throw new UnexpectedAnswerError('Lookup: the member id lost digits in transit');
  if (!isMemberId(userId)) throw new UnexpectedAnswerError('Lookup: not a member id');
  return userId;
}

export function lookupPath({ kind, value }: LookupRequest): string {
  const search = new URLSearchParams({ identifierName: kind, identifierValue: value });
  return `/api/v2/customers/lookup?${search.toString()}`;
}

/** The member id of the customer with this identifier; throws an ApiError (404 when there is none). */
export async function lookupMember(api: ApiClient, request: LookupRequest, signal?: AbortSignal) {
  return readLookupAnswer(await api.getJson(lookupPath(request), { signal }));
}

export function lookupQueryOptions(api: ApiClient, request: LookupRequest) {
  return queryOptions({
    queryKey: ['lookup', request.kind, request.value],
    queryFn: ({ signal }) => lookupMember(api, request, signal),
    // An identifier rarely moves to another member; a minute spares Capillary repeated counter searches.
    staleTime: 60_000,
    // The key holds a phone number or an email: do not keep it in memory longer than needed.
    gcTime: 60_000,
  });
}

/**
 * A lookup started by a person (Enter, a click): a mutation for its pending / error state, reading
 * through the query cache so a repeated search is answered at once.
 */
export function useMemberLookup() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LookupRequest) => queryClient.fetchQuery(lookupQueryOptions(api, request)),
  });
}
