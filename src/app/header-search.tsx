import { useLocation } from 'react-router-dom';

import { MemberSearch } from '../features/search/components/member-search';

/**
 * The banner's "Find a member". On the start page the search is the page's own main field instead,
 * so every page has exactly one.
 */
export function HeaderSearch() {
  const { pathname } = useLocation();
  if (pathname === '/') return null;
  return (
    <div className="flex min-w-48 flex-1 justify-end">
      <div className="w-full max-w-md">
        <MemberSearch variant="header" />
      </div>
    </div>
  );
}
