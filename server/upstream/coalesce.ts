import type { MemberTargetsResult, MemberTargetsSource, TargetGroupsQuery } from './source';

type Flight = { result: Promise<MemberTargetsResult>; controller: AbortController; waiters: number };

const ABORTED: MemberTargetsResult = { outcome: 'failed', failure: 'aborted' };

const keyOf = (userId: string, q: TargetGroupsQuery) =>
  `${userId}|${q.includeInactiveTargets ?? ''}|${q.includeInactive ?? ''}|${q.targetRuleId ?? ''}`;

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

  function start(key: string, userId: string, query: TargetGroupsQuery): Flight {
    const controller = new AbortController();
    const flight: Flight = {
      result: inner.getUserTargetGroups(userId, query, controller.signal),
      controller,
      waiters: 0,
    };
    flights.set(key, flight);
    const forget = () => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    flight.result.then(forget, forget);
    return flight;
  }

  return {
    inFlight: () => flights.size,
    waiting: () => [...flights.values()].reduce((sum, f) => sum + f.waiters, 0),
    getUserTargetGroups(userId, query, signal) {
      if (signal.aborted) return Promise.resolve(ABORTED);
      const key = keyOf(userId, query);
      const flight = flights.get(key) ?? start(key, userId, query);
      flight.waiters += 1;
      return new Promise<MemberTargetsResult>((resolve, reject) => {
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
            resolve(result);
          },
          (err: unknown) => {
            if (done) return;
            finish();
            reject(err instanceof Error ? err : new Error(String(err)));
          },
        );
      });
    },
    close: () => inner.close(),
  };
}
