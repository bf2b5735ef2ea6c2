import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '../../../lib/api-client-context';
import { configQueryOptions } from '../../../lib/config-query';
import { oneOf, type JsonRecord } from '../../../lib/read-answer';

/** DASHBOARD_AUTH as GET /api/config tells it (open before sign-in, so the app can offer it). */
export const AUTH_MODES = ['password', 'header', 'none'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/** The sign-in mode from the config's data; an answer without a known mode is an error. */
export const readAuthMode = (config: JsonRecord): AuthMode => oneOf(config, 'auth', AUTH_MODES, 'Config');

/** The config query (shared with the start page), seen as the sign-in mode. */
export function useAuthModeQuery() {
  const api = useApiClient();
  return useQuery({ ...configQueryOptions(api), select: readAuthMode });
}

/** The sign-in mode; undefined while it is not known (then no sign-in UI is shown). */
export function useAuthMode(): AuthMode | undefined {
  return useAuthModeQuery().data;
}
