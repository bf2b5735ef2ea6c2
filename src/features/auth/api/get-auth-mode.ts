import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** DASHBOARD_AUTH as GET /api/config tells it (open before sign-in, so the app can offer it). */
export const authModeSchema = z.enum(['password', 'header', 'none']);
export type AuthMode = z.infer<typeof authModeSchema>;

const configAuthSchema = z.looseObject({ data: z.looseObject({ auth: authModeSchema }) });

export async function getAuthMode(api: ApiClient, signal?: AbortSignal): Promise<AuthMode> {
  return configAuthSchema.parse(await api.getJson('/api/config', { signal })).data.auth;
}

export const authModeQueryKey = ['auth', 'mode'] as const;

export function authModeQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: authModeQueryKey,
    queryFn: ({ signal }) => getAuthMode(api, signal),
    // Fixed for the life of the server process.
    staleTime: Infinity,
  });
}

/** The sign-in mode; undefined while it is not known (then no sign-in UI is shown). */
export function useAuthMode(): AuthMode | undefined {
  const api = useApiClient();
  return useQuery(authModeQueryOptions(api)).data;
}
