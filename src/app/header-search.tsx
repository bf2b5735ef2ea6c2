import { useLocation } from 'react-router-dom';

import { SIGN_IN_PATH } from '../features/auth/lib/return-path';
import { MemberSearch } from '../features/search/components/member-search';

/**
 * The banner's "Find a member". On the start page the search is the page's own main field instead,
 * so every page has exactly one; the sign-in page has none (nothing can be found before signing in).
 */
export function HeaderSearch() {
  const { pathname } = useLocation();
  if (pathname === '/' || pathname === SIGN_IN_PATH) return null;
  return (
    <div className="flex min-w-48 flex-1 justify-end">
      <div className="w-full max-w-md">
        <MemberSearch variant="header" />
      </div>
    </div>
  );
}
