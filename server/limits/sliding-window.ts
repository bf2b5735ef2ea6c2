/**
 * At most `limit` events in any `windowMs`: an exact sliding log, kept as a ring of the timestamps
 * still inside the window. A token bucket would let a full burst through twice within one window (the
 * burst, then the refill), which a quota counted per minute upstream would see as twice the budget.
 * The ring grows with use (doubling, up to `limit`), not with the limit: a budget configured far above
 * what is ever used (a load test) costs no memory.
 */
export type SlidingWindow = {
  /** Takes one slot, or says in how many milliseconds the next one frees up. */
  take(): { ok: true } | { ok: false; retryAfterMs: number };
  /** True when no slot is taken within the window (the limiter can be forgotten). */
  idle(): boolean;
};

export function createSlidingWindow(limit: number, windowMs: number, now: () => number): SlidingWindow {
  let stamps = new Float64Array(Math.min(limit, 256));
  let head = 0; // index of the oldest stamp still in the window
  let count = 0;
  const at = (k: number) => stamps[(head + k) % stamps.length] ?? Number.NEGATIVE_INFINITY;
  const expire = (t: number) => {
    while (count > 0 && t - at(0) >= windowMs) {
      head = (head + 1) % stamps.length;
      count -= 1;
    }
  };
  return {
    take() {
      const t = now();
      expire(t);
      if (count >= limit) {
        const oldest = at(0);
        return { ok: false, retryAfterMs: oldest + windowMs - t };
      }
      if (count === stamps.length) {
        const bigger = new Float64Array(Math.min(limit, stamps.length * 2));
        for (let k = 0; k < count; k++) bigger[k] = at(k);
        stamps = bigger;
        head = 0;
      }
      stamps[(head + count) % stamps.length] = t;
      count += 1;
      return { ok: true };
    },
    idle() {
      return count === 0 || now() - at(count - 1) >= windowMs;
    },
  };
}

/** Seconds for a Retry-After header: whole, at least 1. */
export const retryAfterSeconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

export type KeyedLimiter = {
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number };
  size(): number;
};

type Counter = { start: number; previous: number; current: number };

/**
 * One limit per key (a user), as a sliding-window counter: the previous fixed window's count, weighted
 * by how much of it still overlaps the sliding window, plus the current one's. Two numbers per key
 * whatever the limit (an exact log of 120 stamps per user would not stay small for large limits);
 * refused tries are not counted. Keys idle for two windows are swept now and then.
 */
export function createKeyedLimiter(
  limit: number,
  windowMs: number,
  now: () => number,
  maxKeys = 50_000,
): KeyedLimiter {
  const counters = new Map<string, Counter>();
  let sweptAt = now();

  function roll(c: Counter, t: number) {
    const windows = Math.floor((t - c.start) / windowMs);
    if (windows <= 0) return;
    c.previous = windows === 1 ? c.current : 0;
    c.current = 0;
    c.start += windows * windowMs;
  }

  function sweep(t: number) {
    sweptAt = t;
    for (const [key, c] of counters) if (t - c.start >= 2 * windowMs) counters.delete(key);
  }

  return {
    take(key) {
      const t = now();
      if (t - sweptAt > windowMs || counters.size >= maxKeys) sweep(t);
      let c = counters.get(key);
      if (!c) {
        if (counters.size >= maxKeys) counters.delete(counters.keys().next().value as string);
        c = { start: t, previous: 0, current: 0 };
        counters.set(key, c);
      }
      roll(c, t);
      const left = 1 - (t - c.start) / windowMs;
      const estimate = c.previous * left + c.current;
      if (estimate < limit) {
        c.current += 1;
        return { ok: true };
      }
      // When the estimate falls below the limit again: the previous window's weight fades first,
      // else the current one has to become the previous and fade in its turn.
      const excess = estimate - limit + 1e-6;
      const fades = c.previous * left;
      const untilEnd = c.start + windowMs - t;
      const retryAfterMs =
        c.previous > 0 && excess <= fades
          ? (excess / c.previous) * windowMs
          : untilEnd + (c.current > 0 ? Math.min(1, (excess - fades) / c.current) * windowMs : 0);
      return { ok: false, retryAfterMs: Math.max(1, Math.ceil(retryAfterMs) + 1) };
    },
    size: () => counters.size,
  };
}
