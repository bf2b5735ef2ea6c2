import {
  TRIAGE_FILTERS,
  TRIAGE_SORTS,
  type TriageFilter,
  type TriageParams,
  type TriageSort,
} from './triage';

/**
 * Sort and filter live in the URL beside the switches (`?filter=at-risk&sort=risk&tracking=STREAKS`),
 * so a link reproduces the view. Defaults are left out of the URL; unknown values read as defaults.
 */
export const DEFAULT_TRIAGE: TriageParams = { filter: 'all', sort: 'programme', tracking: null };

const oneOf = <T extends string>(known: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (known as readonly string[]).includes(value) ? (value as T) : fallback;

export function readTriageParams(search: URLSearchParams): TriageParams {
  const tracking = search.get('tracking')?.trim();
  return {
    filter: oneOf<TriageFilter>(TRIAGE_FILTERS, search.get('filter'), DEFAULT_TRIAGE.filter),
    sort: oneOf<TriageSort>(TRIAGE_SORTS, search.get('sort'), DEFAULT_TRIAGE.sort),
    tracking: tracking ? tracking.slice(0, 64) : null,
  };
}

/** A copy of `search` with the triage set; defaults are removed, other parameters kept. */
export function withTriageParams(search: URLSearchParams, params: TriageParams): URLSearchParams {
  const next = new URLSearchParams(search);
  const put = (name: string, value: string | null, fallback: string | null) => {
    if (value === null || value === fallback) next.delete(name);
    else next.set(name, value);
  };
  put('filter', params.filter, DEFAULT_TRIAGE.filter);
  put('sort', params.sort, DEFAULT_TRIAGE.sort);
  put('tracking', params.tracking, null);
  return next;
}
