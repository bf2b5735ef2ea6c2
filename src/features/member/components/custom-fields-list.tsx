import { Fragment } from 'react';

import { customFieldText } from '../lib/member-summary';

/** Any keys the programme defined, values as text (never as HTML). */
export function CustomFieldsList({ fields }: { fields: Record<string, unknown> }) {
  const entries = Object.entries(fields);
  if (entries.length === 0) return <p className="text-sm text-fg-muted">No custom fields</p>;
  return (
    <dl className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      {entries.map(([key, value]) => (
        <Fragment key={key}>
          <dt className="break-words text-fg-muted">{key}</dt>
          <dd className="break-words">{customFieldText(value)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
