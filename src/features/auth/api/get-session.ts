import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { dataOf, oneOf, stringField } from '../../../lib/read-answer';

/** GET /api/session (and POST's answer) → `{data: {username, role}}`: who is signed in. */
export type Session = { username: string; role: 'manager' | 'staff' };

/** `{data: {username, role}}` → the session; throws UnexpectedAnswerError on any other shape. */
export function readSession(body: unknown): Session {
  const data = dataOf(body, 'Session');
  return {
    ...data,
    username: stringField(data, 'username', 'Session', true),
    role: oneOf(data, 'role', ['manager', 'staff'] as const, 'Session'),
  };
}

export async function getSession(api: ApiClient, signal?: AbortSignal): Promise<Session> {
  return readSession(await api.getJson('/api/session', { signal }));
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
