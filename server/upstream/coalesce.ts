import { Cancel, type CancelSignal } from './cancel';
import { toError } from './failure';
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
    const flight = flights.get(key) ?? Flight.start(key, flights, call);
    return new Promise<R | typeof ABORTED>((resolve, reject) =>
      flight.add(new Waiter(flight, signal, resolve as (result: SourceResult) => void, reject)),
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

  /** Registers a new flight for `key` and starts its call. */
  static start(
    key: string,
    flights: Map<string, Flight>,
    call: (signal: CancelSignal) => Promise<SourceResult>,
  ): Flight {
    const flight = new Flight(key, flights);
    flights.set(key, flight);
    flight.run(call);
    return flight;
  }

  private run(call: (signal: CancelSignal) => Promise<SourceResult>): void {
    let result: Promise<SourceResult>;
    try {
      result = call(this.cancel);
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(
      (value) => this.settle(value),
      (err: unknown) => this.settle(toError(err)),
    );
  }

  add(waiter: Waiter): void {
    this.waiters.add(waiter);
    waiter.signal.addEventListener('abort', waiter, { once: true });
  }

  /** Nothing is cached after the answer: the next identical request starts a new call. */
  private settle(outcome: SourceResult | Error): void {
    this.forget();
    // Settling a waiter's promise runs nothing now, so the set cannot change while it is walked.
    for (const waiter of this.waiters) {
      waiter.signal.removeEventListener('abort', waiter);
      if (outcome instanceof Error) waiter.reject(outcome);
      else waiter.resolve(outcome);
    }
    this.waiters.clear();
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
