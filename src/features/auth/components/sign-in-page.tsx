import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';

import { useAuthModeQuery } from '../api/get-auth-mode';
import { safeReturnPath } from '../lib/return-path';
import { SignInForm } from './sign-in-form';

type Props = {
  /** Called with where the person is about to go, just before going (the app starts that page's fetch). */
  onSignedIn?: (next: string) => void;
};

/**
 * /sign-in (DASHBOARD_AUTH=password): the form, then back to `?next=` (a path of this app only).
 * With another mode there is nothing to sign in to here: straight on to `next`.
 */
export function SignInPage({ onSignedIn }: Props) {
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const mode = useAuthModeQuery();
  const navigate = useNavigate();
  if (mode.data === 'header' || mode.data === 'none') return <Navigate to={next} replace />;
  // Not known yet: no form that another mode would take away a moment later (if /api/config fails, the form).
  if (mode.isPending) return null;
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-4 sm:pt-10">
      <title>Sign in · Member Progress</title>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-fg-muted">Sign in with your dashboard account to see members’ progress.</p>
      </div>
      <SignInForm
        onSignedIn={() => {
          onSignedIn?.(next);
          void navigate(next, { replace: true });
        }}
      />
    </div>
  );
}
