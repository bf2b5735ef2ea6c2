import { useSearchParams } from 'react-router-dom';

import { readViewParams, withViewParam, type ViewParam, type ViewParams } from '../lib/view-params';

/** The page's switches, read from and written to the URL (a link reproduces the view). */
export function useViewParams(): [ViewParams, (name: ViewParam, on: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const setParam = (name: ViewParam, on: boolean) =>
    // flushSync: the switch (controlled by the URL) flips at once, not after a transition.
    setSearch((current) => withViewParam(current, name, on), { replace: true, flushSync: true });
  return [readViewParams(search), setParam];
}
