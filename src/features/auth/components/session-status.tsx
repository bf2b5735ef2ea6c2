import { useLocation } from 'react-router-dom';

import { useAuthMode } from '../api/get-auth-mode';
import { useSession } from '../api/get-session';
import { useSignOut } from '../api/sign-out';
import { useSignInRedirect } from '../hooks/use-sign-in-redirect';
import { SIGN_IN_PATH } from '../lib/return-path';
import { SignedInAs } from './signed-in-as';

/**
 * The banner's part of sign-in: who is signed in and, with DASHBOARD_AUTH=password, "Sign out".
 * Header mode shows the identity only (the single-sign-on proxy owns signing out); none shows nothing.
 * It also watches for an ended session on every page (useSignInRedirect).
 */
export function SessionStatus() {
  const mode = useAuthMode();
  const { pathname } = useLocation();
  useSignInRedirect(mode);
  const shown = (mode === 'password' || mode === 'header') && pathname !== SIGN_IN_PATH;
  const session = useSession(shown);
  if (!shown || !session.data) return null;
  return (
    <div className="flex items-center gap-3">
      <SignedInAs session={session.data} />
      {mode === 'password' ? <SignOutButton /> : null}
    </div>
  );
}

function SignOutButton() {
  const signOut = useSignOut();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
        aria-disabled={signOut.isPending || undefined}
        className="rounded-md border border-border-strong px-3 py-1.5 text-sm font-medium hover:bg-surface-muted"
      >
        Sign out
      </button>
      {signOut.isError ? (
        <p role="alert" className="text-sm text-danger-text">
          Could not sign out: the server did not answer. Try again.
        </p>
      ) : null}
    </>
  );
}
