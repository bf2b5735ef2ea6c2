import { useId, type ReactNode } from 'react';

import {
  FILTER_LABELS,
  SORT_LABELS,
  TRIAGE_FILTERS,
  TRIAGE_SORTS,
  type TriageFilter,
  type TriageParams,
  type TriageSort,
} from '../lib/triage';

type Props = {
  params: TriageParams;
  onChange: (next: TriageParams) => void;
  trackingOptions: { value: string; label: string }[];
};

const selectClass =
  'h-9 min-w-0 rounded-md border border-border-strong bg-surface px-2 text-sm text-fg focus-visible:outline-2 focus-visible:outline-accent';

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** Native selects: what to show, which tracking type, and in which order. */
export function TriageControls({ params, onChange, trackingOptions }: Props) {
  const knownTracking = trackingOptions.some((o) => o.value === params.tracking);
  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <Field label="Show">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={params.filter}
            onChange={(e) => onChange({ ...params, filter: e.target.value as TriageFilter })}
          >
            {TRIAGE_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {FILTER_LABELS[filter]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Tracking type">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={params.tracking ?? ''}
            onChange={(e) => onChange({ ...params, tracking: e.target.value || null })}
          >
            <option value="">All types</option>
            {trackingOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            {params.tracking !== null && !knownTracking ? (
              <option value={params.tracking}>{params.tracking}</option>
            ) : null}
          </select>
        )}
      </Field>
      <Field label="Sort by">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={params.sort}
            onChange={(e) => onChange({ ...params, sort: e.target.value as TriageSort })}
          >
            {TRIAGE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
