import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { dataOf, UnexpectedAnswerError } from '../../../lib/read-answer';

/** GET /api/config → `{data: {demo}}`: whether the proxy runs its embedded demo upstream. */
export function readAppConfig(body: unknown): { demo: boolean } {
  const data = dataOf(body, 'Config');
  if (typeof data.demo !== 'boolean') throw new UnexpectedAnswerError('Config: demo is not true or false');
  return { ...data, demo: data.demo };
}

export async function getAppConfig(api: ApiClient, signal?: AbortSignal) {
  return readAppConfig(await api.getJson('/api/config', { signal }));
}

export function appConfigQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => getAppConfig(api, signal),
    // Fixed for the life of the server process.
    staleTime: Infinity,
  });
}

export function useAppConfig() {
  const api = useApiClient();
  return useQuery(appConfigQueryOptions(api));
}
