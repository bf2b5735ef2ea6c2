import { useEffect } from 'react';

import { useMemberTargets } from '../../features/member/api/get-member-targets';
import { useViewParams } from '../../features/member/hooks/use-view-params';
import { memberName } from '../../features/member/lib/member-summary';
import { recordRecentMember } from '../../features/search/hooks/recent-members-store';

/**
 * Records the member as recent once their page has loaded: it reads the member page's own query (same
 * key, so no second request) and writes the id and the name the page shows. It lives here, with the
 * lazy member route, so that neither feature knows the other and the member code stays out of the
 * first bundle.
 */
export function RecordRecentMember({ userId }: { userId: string }) {
  const [params] = useViewParams();
  const query = useMemberTargets({ userId, ...params });
  const loaded = query.isSuccess && !query.isPlaceholderData;
  const customer = query.data?.data?.customer;
  const name = loaded ? memberName(customer?.ok ? customer.customer : null, userId) : null;
  // Syncing to localStorage (an external store) when the page's answer arrives.
  useEffect(() => {
    if (name !== null) recordRecentMember({ userId, name });
  }, [userId, name, query.dataUpdatedAt]);
  return null;
}
