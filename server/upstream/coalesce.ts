import type { CustomerIdentifier, MemberTargetsSource, SourceResult, TargetGroupsQuery } from './source';

type Flight = { result: Promise<SourceResult>; controller: AbortController; waiters: number };

const ABORTED = { outcome: 'failed', failure: 'aborted' } as const;

const targetsKey = (userId: string, q: TargetGroupsQuery) =>
  `targets|${userId}|${q.includeInactiveTargets ?? ''}|${q.includeInactive ?? ''}|${q.targetRuleId ?? ''}`;

/** The exact (validated, normalised) value: lookups of different values never share a call. */
const lookupKey = (identifier: CustomerIdentifier) => `lookup|${identifier.name}|${identifier.value}`;

/**
 * Identical requests in flight share one upstream call (50 people opening one member cost one call
 * of the quota). Only while in flight: nothing is cached after the answer. The shared result is never
 * modified: masking for a role builds new bytes per response. The shared call is aborted only when
 * every browser waiting for it has left.
 */
export function coalescing(
  inner: MemberTargetsSource,
): MemberTargetsSource & { inFlight(): number; waiting(): number } {
  const flights = new Map<string, Flight>();

  function start(key: string, call: (signal: AbortSignal) => Promise<SourceResult>): Flight {
    const controller = new AbortController();
    const flight: Flight = { result: call(controller.signal), controller, waiters: 0 };
    flights.set(key, flight);
    const forget = () => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    flight.result.then(forget, forget);
    return flight;
  }

  /** Joins the flight for `key` (or starts it); the key fixes the call, so the result's type too. */
  function join<R extends SourceResult>(
    key: string,
    call: (signal: AbortSignal) => Promise<R>,
    signal: AbortSignal,
  ): Promise<R | typeof ABORTED> {
    if (signal.aborted) return Promise.resolve(ABORTED);
    const flight = flights.get(key) ?? start(key, call);
    flight.waiters += 1;
    return new Promise<R | typeof ABORTED>((resolve, reject) => {
      let done = false;
      const finish = () => {
        done = true;
        signal.removeEventListener('abort', onAbort);
        flight.waiters -= 1;
      };
      const onAbort = () => {
        if (done) return;
        finish();
        if (flight.waiters === 0) {
          // Nobody is left to read it: a new request must not join a call that is being aborted.
          if (flights.get(key) === flight) flights.delete(key);
          flight.controller.abort();
        }
        resolve(ABORTED);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.result.then(
        (result) => {
          if (done) return;
          finish();
          resolve(result as R);
        },
        (err: unknown) => {
          if (done) return;
          finish();
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  return {
    inFlight: () => flights.size,
    waiting: () => [...flights.values()].reduce((sum, f) => sum + f.waiters, 0),
    getUserTargetGroups: (userId, query, signal) =>
      join(targetsKey(userId, query), (s) => inner.getUserTargetGroups(userId, query, s), signal),
    lookupCustomer: (identifier, signal) =>
      join(lookupKey(identifier), (s) => inner.lookupCustomer(identifier, s), signal),
    close: () => inner.close(),
  };
}
