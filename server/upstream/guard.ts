import { createSlidingWindow } from '../limits/sliding-window';

import { createBreaker, type Breaker, type BreakerVerdict } from './breaker';
import type { MemberTargetsSource, SourceFailed, SourceResult } from './source';

export type GuardOptions = {
  /** BREAKER_FAILURES: consecutive upstream failures that open the circuit. */
  breakerFailures: number;
  /** BREAKER_COOLDOWN_MS: how long an open circuit refuses before one probe. */
  breakerCooldownMs: number;
  /** UPSTREAM_RATE_PER_MIN: Capillary calls (retries included) in any 60 s. */
  ratePerMinute: number;
  /** UPSTREAM_MAX_IN_FLIGHT: Capillary calls open at once. */
  maxInFlight: number;
  now?: () => number;
};

export type UpstreamGuard = {
  /** Wraps a source: every call passes the breaker, the in-flight cap and the budget first. */
  wrap(inner: MemberTargetsSource): MemberTargetsSource;
  /** For the adapter's one retry: true (and a slot of the budget taken) when it may go. */
  allowRetry(): boolean;
  breaker: Breaker;
  inFlight(): number;
};

const MINUTE_MS = 60_000;

/**
 * What a result says about Capillary's health. A member-level 4xx (`rejected`) is Capillary working;
 * a browser that left, or one member's oversized answer, says nothing about it either way.
 */
export function verdictOf(result: SourceResult): BreakerVerdict {
  if (result.outcome !== 'failed') return 'success';
  return result.failure === 'aborted' || result.failure === 'tooLarge' ? 'neutral' : 'failure';
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * The dashboard's side of the contract with Capillary's quota: calls the upstream would refuse or
 * cannot serve are answered at once, without calling it (docs/decisions/009-upstream-resilience.md).
 */
export function createUpstreamGuard(options: GuardOptions): UpstreamGuard {
  const now = options.now ?? Date.now;
  const breaker = createBreaker({
    failures: options.breakerFailures,
    cooldownMs: options.breakerCooldownMs,
    now,
  });
  const budget = createSlidingWindow(options.ratePerMinute, MINUTE_MS, now);
  let inFlight = 0;

  const refuse = (failure: 'circuitOpen' | 'budgetExhausted' | 'busy', retryAfterMs: number) =>
    Promise.resolve<SourceFailed>({
      outcome: 'failed',
      failure,
      retryAfterSeconds: seconds(retryAfterMs),
    });

  return {
    breaker,
    inFlight: () => inFlight,
    allowRetry: () => budget.take().ok,
    wrap(inner) {
      /** One admission for any kind of call: the breaker, the in-flight cap and the budget are shared. */
      async function admit<R extends SourceResult>(call: () => Promise<R>): Promise<R | SourceFailed> {
        const admission = breaker.admit();
        if (!admission.ok) return refuse('circuitOpen', admission.retryAfterMs);
        if (inFlight >= options.maxInFlight) {
          breaker.record('neutral', admission.probe);
          return refuse('busy', 1_000);
        }
        const slot = budget.take();
        if (!slot.ok) {
          breaker.record('neutral', admission.probe);
          return refuse('budgetExhausted', slot.retryAfterMs);
        }
        inFlight += 1;
        let result: R | undefined;
        try {
          result = await call();
          return result;
        } finally {
          inFlight -= 1;
          // A programming error (a rejection) is our fault, not Capillary's.
          breaker.record(result ? verdictOf(result) : 'neutral', admission.probe);
        }
      }
      return {
        getUserTargetGroups: (userId, query, signal) =>
          admit(() => inner.getUserTargetGroups(userId, query, signal)),
        lookupCustomer: (identifier, signal) => admit(() => inner.lookupCustomer(identifier, signal)),
        close: () => inner.close(),
      };
    },
  };
}
