import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** GET /api/config → `{data: {demo}}`: whether the proxy runs its embedded demo upstream. */
export const appConfigSchema = z.looseObject({
  data: z.looseObject({ demo: z.boolean() }),
});

export async function getAppConfig(api: ApiClient, signal?: AbortSignal) {
  return appConfigSchema.parse(await api.getJson('/api/config', { signal })).data;
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
