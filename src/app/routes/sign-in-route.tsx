import { SignInPage } from '../../features/auth/components/sign-in-page';
import { startEarlyMemberFetch } from '../../features/member/api/early-member-fetch';
import { useApiClient } from '../../lib/api-client-context';

/**
 * /sign-in. When the page to return to is a member's, their fetch starts at once, as on a first load.
 * It also replaces the early fetch the app made on landing there before signing in (a 401), which
 * the member page would otherwise take as its answer and send the person back here.
 */
export function SignInRoute() {
  const api = useApiClient();
  return (
    <SignInPage onSignedIn={(next) => startEarlyMemberFetch(api, new URL(next, window.location.origin))} />
  );
}
