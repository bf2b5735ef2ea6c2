import { useQueryClient, type QueryCache } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

type Retry = 'retrying' | 'offline' | null;

/** What the app's own retries (src/lib/query-client.ts: a dropped connection, once) are doing now. */
function retryOf(cache: QueryCache): Retry {
  let state: Retry = null;
  for (const query of cache.getAll()) {
    if (query.state.fetchStatus === 'paused') return 'offline';
    if (query.state.fetchStatus === 'fetching' && query.state.fetchFailureCount > 0) state = 'retrying';
  }
  return state;
}

const WORDS = {
  retrying: 'The dashboard’s server did not answer. Trying again…',
  offline: 'This device is offline. The dashboard will try again when the connection is back.',
};

/**
 * A "retrying" line under the banner while a request that failed is being tried again, so a page that
 * keeps loading says why. The live region is always there, so its text is announced when it appears.
 */
export function RetryingStatus() {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const retry = useSyncExternalStore(
    subscribe,
    () => retryOf(cache),
    () => null,
  );
  return (
    <div role="status" className="print:hidden">
      {retry ? (
        <p className="border-t border-progress/40 bg-progress-soft px-4 py-2 text-center text-sm text-progress-text">
          {WORDS[retry]}
        </p>
      ) : null}
    </div>
  );
}
