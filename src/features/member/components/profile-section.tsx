import { useId } from 'react';

import type { CustomerSection, Profile } from '../../../../contract';
import { Card } from '../../../components/ui/card';
import { CommChannelList } from './comm-channel-list';
import { CustomFieldsList } from './custom-fields-list';
import { SectionError } from './section-error';

function ProfileDetails({ profile }: { profile: Profile }) {
  const accountId = profile.accountId?.trim();
  return (
    <div className="min-w-0 space-y-2">
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          <dt className="inline text-fg-muted">Source: </dt>
          <dd className="inline break-words">{profile.source?.trim() || '—'}</dd>
        </div>
        {accountId ? (
          <div>
            <dt className="inline text-fg-muted">Account ID: </dt>
            <dd className="inline break-all">{accountId}</dd>
          </div>
        ) : null}
      </dl>
      <CommChannelList channels={profile.commChannels} />
    </div>
  );
}

/** The member's profiles (source, contact channels) and custom fields. */
export function ProfileSection({ customer }: { customer: CustomerSection }) {
  const headingId = useId();
  if (!customer.ok) {
    return (
      <SectionError
        as="section"
        headingLevel={2}
        title="The profile could not be read"
        detail={customer.message}
      />
    );
  }
  const profiles = customer.customer?.profiles ?? [];
  return (
    <Card as="section" aria-labelledby={headingId} className="p-4 sm:p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        Profile
      </h2>
      <div className="mt-3 space-y-4 divide-y divide-border">
        {profiles.length === 0 ? <p className="text-sm text-fg-muted">No profile</p> : null}
        {profiles.map((profile, index) => (
          <ProfileDetails key={index} profile={profile} />
        ))}
      </div>
      <h3 className="mt-4 text-sm font-semibold">Custom fields</h3>
      <div className="mt-2">
        <CustomFieldsList fields={customer.customer?.customFields ?? {}} />
      </div>
    </Card>
  );
}
