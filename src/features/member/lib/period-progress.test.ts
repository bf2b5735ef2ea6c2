import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { periodProgress } from './period-progress';

describe('periodProgress', () => {
  it('reads 5,000 of 8,000 as 62.5 %', () => {
    expect(periodProgress(5000, 8000)).toEqual({
      achieved: 5000,
      target: 8000,
      percent: 62.5,
      fillPercent: 62.5,
      valueNow: 5000,
      valueMax: 8000,
      met: false,
    });
  });

  it('goes past 100 % in the percent but clamps the fill and valuenow', () => {
    const progress = periodProgress(7, 2);
    expect(progress).toMatchObject({ percent: 350, fillPercent: 100, valueNow: 2, valueMax: 2, met: true });
  });

  it('never rounds an unmet target up to 100 %', () => {
    expect(periodProgress(9996, 10000).percent).toBe(99.9);
    expect(periodProgress(1, 3).percent).toBe(33.3);
  });

  it('has no percent and is never met without a target', () => {
    for (const target of [0, null, -5]) {
      expect(periodProgress(7, target)).toEqual({
        achieved: 7,
        target: null,
        percent: null,
        fillPercent: 0,
        valueNow: 0,
        valueMax: 0,
        met: false,
      });
    }
  });

  it('reads a missing achievement as 0', () => {
    expect(periodProgress(null, 10)).toMatchObject({ achieved: 0, percent: 0, fillPercent: 0, met: false });
  });

  const value = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -1000, max: 1_000_000 }),
    fc.constant(null),
    fc.constantFrom(0, -0, Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NaN),
  );

  it('is always finite and consistent (property)', () => {
    fc.assert(
      fc.property(value, value, (achieved, target) => {
        const p = periodProgress(achieved, target);
        for (const n of [p.achieved, p.fillPercent, p.valueNow, p.valueMax])
          expect(Number.isFinite(n)).toBe(true);
        if (p.percent !== null) expect(Number.isFinite(p.percent)).toBe(true);
        expect(p.fillPercent).toBeGreaterThanOrEqual(0);
        expect(p.fillPercent).toBeLessThanOrEqual(100);
        expect(p.valueNow).toBeGreaterThanOrEqual(0);
        expect(p.valueNow).toBeLessThanOrEqual(p.valueMax);
        // met ⇔ achieved ≥ target > 0
        expect(p.met).toBe(p.target !== null && p.target > 0 && p.achieved >= p.target);
        if (p.met) expect(p.fillPercent).toBe(100);
        if (!p.met && p.percent !== null) expect(p.percent).toBeLessThan(100);
      }),
    );
  });
});
