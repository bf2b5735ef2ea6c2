import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';

import { useApiClient } from '../../../lib/api-client-context';
import { SIGN_IN_PATH } from '../lib/return-path';

/**
 * Listened for by the recent-members store (src/features/search), which clears its list: features
 * do not import each other, so the sign-out says so to the window.
 */
export const SIGNED_OUT_EVENT = 'mp:signed-out';

/**
 * DELETE /api/session (the server revokes the session), then: the sign-in page, an empty query cache
 * (member data and lookups) and no recent members.
 */
export function useSignOut() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.sendJson('DELETE', '/api/session'),
    onSuccess: async () => {
      // Leave the page first, so that no mounted query refetches what is about to be dropped.
      await navigate(SIGN_IN_PATH);
      queryClient.clear();
      window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    },
  });
}
