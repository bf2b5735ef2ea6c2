import { MemberSearch } from '../../features/search/components/member-search';
import { RecentMembers } from '../../features/search/components/recent-members';
import { StartPage } from '../../features/start/components/start-page';

/** The start page: the member search as its main field, then recent and demo members. */
export function StartRoute() {
  return (
    <StartPage search={<MemberSearch variant="hero" />}>
      <RecentMembers />
    </StartPage>
  );
}
