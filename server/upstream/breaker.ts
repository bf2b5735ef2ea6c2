/**
 * A circuit breaker over consecutive upstream failures (Envoy's "consecutive 5xx" outlier rule):
 * closed → after `failures` in a row, open for `cooldownMs` (every call refused at once) → half-open:
 * one probe goes through; its success closes the circuit, its failure opens it again.
 */
export type BreakerVerdict = 'success' | 'failure' | 'neutral';

export type Admission = { ok: true; probe: boolean } | { ok: false; retryAfterMs: number };

export type Breaker = {
  admit(): Admission;
  /** The outcome of an admitted call; `neutral` (the browser left) neither counts nor resets. */
  record(verdict: BreakerVerdict, probe: boolean): void;
  state(): 'closed' | 'open' | 'halfOpen';
};

/** While a probe is out, other calls are refused; they may try again after about this long. */
const PROBE_RETRY_AFTER_MS = 1_000;

export function createBreaker({
  failures,
  cooldownMs,
  now,
}: {
  failures: number;
  cooldownMs: number;
  now: () => number;
}): Breaker {
  let consecutive = 0;
  let openUntil: number | null = null;
  let probing = false;

  const open = () => {
    openUntil = now() + cooldownMs;
    probing = false;
  };

  return {
    admit() {
      if (openUntil === null) return { ok: true, probe: false };
      const left = openUntil - now();
      if (left > 0) return { ok: false, retryAfterMs: left };
      if (probing) return { ok: false, retryAfterMs: PROBE_RETRY_AFTER_MS };
      probing = true;
      return { ok: true, probe: true };
    },
    record(verdict, probe) {
      if (verdict === 'neutral') {
        if (probe) probing = false;
        return;
      }
      if (verdict === 'success') {
        consecutive = 0;
        openUntil = null;
        probing = false;
        return;
      }
      if (probe) return open();
      // A call admitted before the circuit opened that fails late changes nothing more.
      if (openUntil !== null) return;
      consecutive += 1;
      if (consecutive >= failures) open();
    },
    state() {
      if (openUntil === null) return 'closed';
      return openUntil - now() > 0 ? 'open' : 'halfOpen';
    },
  };
}
