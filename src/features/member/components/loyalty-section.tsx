import { useId } from 'react';

import type { CustomerSection } from '../../../../contract';
import { Card } from '../../../components/ui/card';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { attributionPartyLabel } from '../lib/labels';
import { SectionError } from './section-error';

function Row({ term, children }: { term: string; children: string }) {
  return (
    <div className="flex min-w-0 flex-wrap justify-between gap-x-4 gap-y-0.5 py-1.5">
      <dt className="text-sm text-fg-muted">{term}</dt>
      <dd className="min-w-0 text-sm break-words tabular-nums">{children}</dd>
    </div>
  );
}

/** Loyalty type, lifetime purchases, and who created and last changed the enrolment. */
export function LoyaltySection({ customer }: { customer: CustomerSection }) {
  const headingId = useId();
  if (!customer.ok) {
    return (
      <SectionError
        as="section"
        headingLevel={2}
        title="The loyalty details could not be read"
        detail={customer.message}
      />
    );
  }
  const loyalty = customer.customer?.loyaltyInfo ?? null;
  const attribution = loyalty?.attribution ?? null;
  return (
    <Card as="section" aria-labelledby={headingId} className="p-4 sm:p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        Loyalty
      </h2>
      {loyalty ? (
        <dl className="mt-2 divide-y divide-border">
          <Row term="Loyalty type">{loyalty.loyaltyType?.trim() || '—'}</Row>
          <Row term="Lifetime purchases">{formatNumber(loyalty.lifetimePurchases)}</Row>
          <Row term="Created on">{formatDateTime(attribution?.createdOn)}</Row>
          <Row term="Created by">{attributionPartyLabel(attribution?.createdBy ?? null)}</Row>
          <Row term="Updated on">{formatDateTime(attribution?.lastUpdatedOn)}</Row>
          <Row term="Updated by">{attributionPartyLabel(attribution?.lastUpdatedBy ?? null)}</Row>
        </dl>
      ) : (
        <p className="mt-2 text-sm text-fg-muted">No loyalty details for this member.</p>
      )}
    </Card>
  );
}
