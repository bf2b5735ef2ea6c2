import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';

/** GET /api/session (and POST's answer) → `{data: {username, role}}`: who is signed in. */
export const sessionSchema = z.looseObject({
  data: z.looseObject({ username: z.string().min(1), role: z.enum(['manager', 'staff']) }),
});
export type Session = z.infer<typeof sessionSchema>['data'];

export async function getSession(api: ApiClient, signal?: AbortSignal): Promise<Session> {
  return sessionSchema.parse(await api.getJson('/api/session', { signal })).data;
}

export const sessionQueryKey = ['auth', 'session'] as const;

export function sessionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(api, signal),
    // Who is signed in changes only by signing in or out, which write or drop this entry; an ended
    // session shows as a 401 on the next request, which sends the person to the sign-in page.
    staleTime: Infinity,
  });
}

export function useSession(enabled: boolean) {
  const api = useApiClient();
  return useQuery({ ...sessionQueryOptions(api), enabled });
}
