import { queryOptions } from '@tanstack/react-query';

import type { ApiClient } from './api-client';
import { dataOf, type JsonRecord } from './read-answer';

/**
 * GET /api/config, asked once per page for everyone who reads it: the start page (is the demo on?) and
 * the sign-in parts (which sign-in mode?) each select and check their own field from this one answer.
 * It says nothing about a person, so a sign-in keeps it (features/auth/api/sign-in.ts).
 */
export const configQueryKey = ['config'] as const;

export async function getConfig(api: ApiClient, signal?: AbortSignal): Promise<JsonRecord> {
  return dataOf(await api.getJson('/api/config', { signal }), 'Config');
}

export function configQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: configQueryKey,
    queryFn: ({ signal }) => getConfig(api, signal),
    // Fixed for the life of the server process.
    staleTime: Infinity,
  });
}
