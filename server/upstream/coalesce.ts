import { Cancel, type CancelSignal } from './cancel';
import type { CustomerIdentifier, MemberTargetsSource, SourceResult, TargetGroupsQuery } from './source';

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

  /** Joins the flight for `key` (or starts it); the key fixes the call, so the result's type too. */
  function join<R extends SourceResult>(
    key: string,
    call: (signal: CancelSignal) => Promise<R>,
    signal: CancelSignal,
  ): Promise<R | typeof ABORTED> {
    if (signal.aborted) return Promise.resolve(ABORTED);
    let flight = flights.get(key);
    if (!flight) {
      const started = new Flight(key, flights);
      flights.set(key, started);
      started.run(call);
      flight = started;
    }
    const joined = flight;
    return new Promise<R | typeof ABORTED>((resolve, reject) =>
      joined.add(new Waiter(joined, signal, resolve as (result: SourceResult) => void, reject)),
    );
  }

  return {
    inFlight: () => flights.size,
    waiting: () => [...flights.values()].reduce((sum, f) => sum + f.waiters.size, 0),
    getUserTargetGroups: (userId, query, signal) =>
      join(targetsKey(userId, query), (s) => inner.getUserTargetGroups(userId, query, s), signal),
    lookupCustomer: (identifier, signal) =>
      join(lookupKey(identifier), (s) => inner.lookupCustomer(identifier, s), signal),
    close: () => inner.close(),
  };
}

/**
 * One upstream call and the requests waiting for it. Classes rather than a closure per callback:
 * every object a request holds while in flight is copied by each young-generation GC, and that
 * copying was a large share of the proxy's CPU (docs/decisions/016-proxy-hot-path.md).
 */
class Flight {
  readonly cancel = new Cancel();
  readonly waiters = new Set<Waiter>();

  constructor(
    private readonly key: string,
    private readonly flights: Map<string, Flight>,
  ) {}

  run(call: (signal: CancelSignal) => Promise<SourceResult>): void {
    let result: Promise<SourceResult>;
    try {
      result = call(this.cancel);
    } catch (err) {
      result = Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    result.then(
      (value) => this.settle(value, null),
      (err: unknown) => this.settle(null, err instanceof Error ? err : new Error(String(err))),
    );
  }

  add(waiter: Waiter): void {
    this.waiters.add(waiter);
    waiter.signal.addEventListener('abort', waiter, { once: true });
  }

  /** Nothing is cached after the answer: the next identical request starts a new call. */
  private settle(result: SourceResult | null, err: Error | null): void {
    this.forget();
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const waiter of waiters) {
      waiter.signal.removeEventListener('abort', waiter);
      if (result) waiter.resolve(result);
      else waiter.reject(err ?? new Error('no result'));
    }
  }

  leave(waiter: Waiter): void {
    if (!this.waiters.delete(waiter)) return;
    waiter.resolve(ABORTED);
    if (this.waiters.size > 0) return;
    // Nobody is left to read it: a new request must not join a call that is being aborted.
    this.forget();
    this.cancel.abort();
  }

  private forget(): void {
    if (this.flights.get(this.key) === this) this.flights.delete(this.key);
  }
}

/** A request waiting for a flight; it is its signal's listener (the browser left). */
class Waiter {
  constructor(
    private readonly flight: Flight,
    readonly signal: CancelSignal,
    readonly resolve: (result: SourceResult) => void,
    readonly reject: (err: Error) => void,
  ) {}

  handleEvent(): void {
    this.flight.leave(this);
  }
}
