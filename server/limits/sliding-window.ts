/**
 * At most `limit` events in any `windowMs`: an exact sliding log, kept as a ring of the last `limit`
 * timestamps. A token bucket would let a full burst through twice within one window (the burst, then
 * the refill), which a quota counted per minute upstream would see as twice the budget.
 */
export type SlidingWindow = {
  /** Takes one slot, or says in how many milliseconds the next one frees up. */
  take(): { ok: true } | { ok: false; retryAfterMs: number };
  /** True when no slot is taken within the window (the limiter can be forgotten). */
  idle(): boolean;
};

export function createSlidingWindow(limit: number, windowMs: number, now: () => number): SlidingWindow {
  const stamps = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
  let next = 0; // index of the oldest stamp, which the next take overwrites
  return {
    take() {
      const t = now();
      const oldest = stamps[next] ?? Number.NEGATIVE_INFINITY;
      if (t - oldest < windowMs) return { ok: false, retryAfterMs: oldest + windowMs - t };
      stamps[next] = t;
      next = (next + 1) % limit;
      return { ok: true };
    },
    idle() {
      const newest = stamps[(next + limit - 1) % limit] ?? Number.NEGATIVE_INFINITY;
      return now() - newest >= windowMs;
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
