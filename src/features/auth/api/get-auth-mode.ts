import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { dataOf, oneOf } from '../../../lib/read-answer';

/** DASHBOARD_AUTH as GET /api/config tells it (open before sign-in, so the app can offer it). */
export const AUTH_MODES = ['password', 'header', 'none'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export async function getAuthMode(api: ApiClient, signal?: AbortSignal): Promise<AuthMode> {
  return oneOf(dataOf(await api.getJson('/api/config', { signal }), 'Config'), 'auth', AUTH_MODES, 'Config');
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

export function useAuthModeQuery() {
  const api = useApiClient();
  return useQuery(authModeQueryOptions(api));
}

/** The sign-in mode; undefined while it is not known (then no sign-in UI is shown). */
export function useAuthMode(): AuthMode | undefined {
  return useAuthModeQuery().data;
}
