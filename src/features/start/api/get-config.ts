import { useQuery } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { configQueryOptions, getConfig } from '../../../lib/config-query';
import { UnexpectedAnswerError, type JsonRecord } from '../../../lib/read-answer';

/** The config's data → `{demo}`: whether the proxy runs its embedded demo upstream. */
export function readAppConfig(data: JsonRecord): { demo: boolean } {
  if (typeof data.demo !== 'boolean') throw new UnexpectedAnswerError('Config: demo is not true or false');
  return { ...data, demo: data.demo };
}

export async function getAppConfig(api: ApiClient, signal?: AbortSignal) {
  return readAppConfig(await getConfig(api, signal));
}

/** The config query (shared with the sign-in parts), seen as the start page needs it. */
export function useAppConfig() {
  const api = useApiClient();
  return useQuery({ ...configQueryOptions(api), select: readAppConfig });
}
