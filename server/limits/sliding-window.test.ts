import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { manualClock } from '../testing/users';

import { createKeyedLimiter, createSlidingWindow, retryAfterSeconds } from './sliding-window';

describe('createSlidingWindow (the upstream budget)', () => {
  it('never lets more than `limit` through in any window, however they are spread', () => {
    const clock = manualClock();
    const window = createSlidingWindow(3, 60_000, clock.now);
    const taken: number[] = [];
    for (let i = 0; i < 600; i++) {
      if (window.take().ok) taken.push(clock.now());
      clock.advance(997);
    }
    for (let i = 3; i < taken.length; i++)
      expect((taken[i] ?? 0) - (taken[i - 3] ?? 0)).toBeGreaterThanOrEqual(60_000);
    expect(taken.length).toBeGreaterThan(25);
  });

  it('says when the next slot frees up', () => {
    const clock = manualClock();
    const window = createSlidingWindow(2, 60_000, clock.now);
    window.take();
    clock.advance(15_000);
    window.take();
    expect(window.take()).toEqual({ ok: false, retryAfterMs: 45_000 });
    clock.advance(45_000);
    expect(window.take()).toEqual({ ok: true });
  });

  it('grows with use, and answers exactly as a log of the last `limit` stamps would', () => {
    /** The reference: a fixed ring of `limit` stamps (what the budget was before it could grow). */
    function referenceWindow(limit: number, windowMs: number, now: () => number) {
      const stamps = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
      let next = 0;
      return () => {
        const t = now();
        const oldest = stamps[next] ?? Number.NEGATIVE_INFINITY;
        if (t - oldest < windowMs) return { ok: false, retryAfterMs: oldest + windowMs - t };
        stamps[next] = t;
        next = (next + 1) % limit;
        return { ok: true };
      };
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 1500 }),
        (limit, steps) => {
          const clock = manualClock();
          const grown = createSlidingWindow(limit, 60_000, clock.now);
          const reference = referenceWindow(limit, 60_000, clock.now);
          for (const step of steps) {
            clock.advance(step);
            expect(grown.take()).toEqual(reference());
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe('1');
    expect(retryAfterSeconds(1001)).toBe('2');
    expect(retryAfterSeconds(0)).toBe('1');
  });
});

describe('createKeyedLimiter (per user)', () => {
  it('limits each key on its own', () => {
    const clock = manualClock();
    const limiter = createKeyedLimiter(2, 60_000, clock.now);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('a steady rate at the limit keeps going; a burst over it is refused with a Retry-After that works', () => {
    const clock = manualClock();
    const limiter = createKeyedLimiter(120, 60_000, clock.now);
    for (let i = 0; i < 600; i++) {
      expect(limiter.take('u').ok).toBe(true);
      clock.advance(501);
    }
    let refused = limiter.take('u');
    for (let i = 0; i < 200 && refused.ok; i++) refused = limiter.take('u');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(120_000);
      clock.advance(refused.retryAfterMs);
      expect(limiter.take('u').ok).toBe(true);
    }
  });

  it('forgets idle keys and never holds more than maxKeys', () => {
    const clock = manualClock();
    const limiter = createKeyedLimiter(5, 60_000, clock.now, 100);
    for (let i = 0; i < 1_000; i++) limiter.take(`k${i}`);
    expect(limiter.size()).toBeLessThanOrEqual(100);
    clock.advance(180_000);
    limiter.take('fresh');
    expect(limiter.size()).toBe(1);
  });
});
