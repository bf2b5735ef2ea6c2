import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

import { isUnauthenticated } from '../lib/is-unauthenticated';
import { SIGN_IN_PATH, signInPathFrom } from '../lib/return-path';
import type { AuthMode } from '../api/get-auth-mode';

/**
 * Password mode: any /api answer "401 MP_UNAUTHENTICATED" (no session, or it ended) — from a query or
 * a mutation, whichever page made it — sends the person to the sign-in page, which brings them back
 * here afterwards. Subscribing to the query client's caches is subscribing to an external store.
 */
export function useSignInRedirect(mode: AuthMode | undefined): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    if (mode !== 'password' || pathname === SIGN_IN_PATH) return;
    const onError = (error: unknown) => {
      if (isUnauthenticated(error))
        void navigate(signInPathFrom(pathname + search + hash), { replace: true });
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [mode, pathname, search, hash, queryClient, navigate]);
}
