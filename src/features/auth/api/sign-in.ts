import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ApiClient } from '../../../lib/api-client';
import { useApiClient } from '../../../lib/api-client-context';
import { configQueryKey } from '../../../lib/config-query';
import { readSession, sessionQueryKey, type Session } from './get-session';

export type Credentials = { username: string; password: string };

/** POST /api/session {username, password}: 200 with who signed in (and the session cookie), or an ApiError. */
export async function signIn(api: ApiClient, credentials: Credentials): Promise<Session> {
  return readSession(await api.sendJson('POST', '/api/session', credentials));
}

/** The server's config (which sign-in mode, whether the demo runs) is nobody's data: it is kept. */
const isConfig = (key: readonly unknown[]) => key.length === 1 && key[0] === configQueryKey[0];

export function useSignIn() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => signIn(api, credentials),
    // The variables hold the password: keep them no longer than the form that typed it.
    gcTime: 0,
    onSuccess: (session) => {
      // Whatever was cached belonged to the session that ended (perhaps another person's, with a
      // manager's unmasked data): nothing of it is shown to who signs in now.
      queryClient.removeQueries({ predicate: (query) => !isConfig(query.queryKey) });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
