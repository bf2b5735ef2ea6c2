import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { DEFAULT_TRIAGE, readTriageParams, withTriageParams } from '../lib/triage-params';
import type { TriageParams } from '../lib/triage';

export type TriageState = [TriageParams, (next: TriageParams) => void];

/** Sort and filter, read from and written to the URL (a link reproduces the view). */
export function useUrlTriageParams(): TriageState {
  const [search, setSearch] = useSearchParams();
  const set = (next: TriageParams) =>
    setSearch((current) => withTriageParams(current, next), { replace: true });
  return [readTriageParams(search), set];
}

/** The same, kept in state, where there is no router (a section drawn on its own). */
export function useLocalTriageParams(): TriageState {
  return useState<TriageParams>(DEFAULT_TRIAGE);
}
