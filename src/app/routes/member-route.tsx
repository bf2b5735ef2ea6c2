import { useParams } from 'react-router-dom';

import { InvalidMemberId } from '../../features/member/components/invalid-member-id';
import { MemberPage } from '../../features/member/components/member-page';
import { isMemberId } from '../../lib/member-id';
import { RecordRecentMember } from './record-recent-member';

/** /members/:userId — the id is checked here, before anything asks the API. */
export function MemberRoute() {
  const { userId = '' } = useParams();
  if (!isMemberId(userId)) return <InvalidMemberId value={userId} />;
  return (
    <>
      <RecordRecentMember key={`recent-${userId}`} userId={userId} />
      <MemberPage key={userId} userId={userId} />
    </>
  );
}

/** For the router's `lazy`: the member page (and the contract's schemas) load with the route. */
export { MemberRoute as Component };
