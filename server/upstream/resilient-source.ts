import { createCapillarySource, type CapillarySourceOptions } from './capillary-source';
import { coalescing } from './coalesce';
import { createUpstreamGuard, type GuardOptions, type UpstreamGuard } from './guard';
import type { MemberTargetsSource } from './source';

export type ResilientSourceOptions = Omit<CapillarySourceOptions, 'allowRetry'> & {
  limits: Omit<GuardOptions, 'now'>;
};

/**
 * Capillary as the routes see it in production: identical requests in flight joined into one call
 * (outermost, so joiners cost nothing), then the breaker, the in-flight cap and the budget, then the
 * adapter with its one retry (which asks the budget too).
 */
export function createResilientSource(
  options: ResilientSourceOptions,
): MemberTargetsSource & { guard: UpstreamGuard; coalesced(): number; waiting(): number } {
  const guard = createUpstreamGuard({ ...options.limits, now: options.now });
  const capillary = createCapillarySource({ ...options, allowRetry: guard.allowRetry });
  const source = coalescing(guard.wrap(capillary));
  return {
    getUserTargetGroups: (userId, query, signal) => source.getUserTargetGroups(userId, query, signal),
    lookupCustomer: (identifier, signal) => source.lookupCustomer(identifier, signal),
    close: () => source.close(),
    guard,
    coalesced: () => source.inFlight(),
    /** Requests waiting on a shared call (tests wait for all of them to join before releasing it). */
    waiting: () => source.waiting(),
  };
}
