import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { AT_RISK_GRACE, elapsedFraction, pace } from './pace';

const start = Date.parse('2026-11-01T00:00:00Z');
const end = Date.parse('2026-11-30T23:59:59Z');
const span = end - start;
const atFraction = (f: number) => start + span * f;

describe('elapsedFraction', () => {
  it('is the share of the period behind "now", clamped to 0–1', () => {
    expect(elapsedFraction(start, end, atFraction(0.5))).toBeCloseTo(0.5);
    expect(elapsedFraction(start, end, start - 1000)).toBe(0);
    expect(elapsedFraction(start, end, end + 1000)).toBe(1);
  });

  it('is null without usable bounds', () => {
    expect(elapsedFraction(null, end, start)).toBeNull();
    expect(elapsedFraction(end, start, start)).toBeNull();
    expect(elapsedFraction(start, start, start)).toBeNull();
  });
});

describe('pace', () => {
  it('projects achieved ÷ elapsed to the end of the period', () => {
    const p = pace({
      achieved: 5,
      target: 10,
      startMs: start,
      endMs: end,
      nowMs: atFraction(0.25),
      daysLeft: 22,
    });
    expect(p.projected).toBeCloseTo(20);
    expect(p.onTrack).toBe(true);
    expect(p.atRisk).toBe(false);
  });

  it('needs the remainder ÷ the days left per day, and flags a shortfall past the grace as at risk', () => {
    const p = pace({
      achieved: 3,
      target: 10,
      startMs: start,
      endMs: end,
      nowMs: atFraction(0.5),
      daysLeft: 14,
    });
    expect(p.projected).toBeCloseTo(6);
    expect(p.perDay).toBeCloseTo(0.5);
    expect(p.onTrack).toBe(false);
    expect(p.atRisk).toBe(true);
  });

  it('does not flag anyone in the first fifth of the period', () => {
    const early = pace({
      achieved: 0,
      target: 10,
      startMs: start,
      endMs: end,
      nowMs: atFraction(0.1),
      daysLeft: 27,
    });
    expect(early.atRisk).toBe(false);
    const atGrace = pace({
      achieved: 0,
      target: 10,
      startMs: start,
      endMs: end,
      nowMs: atFraction(AT_RISK_GRACE),
      daysLeft: 24,
    });
    expect(atGrace.atRisk).toBe(true);
  });

  it('divides by at least one day on the last day', () => {
    const p = pace({
      achieved: 2,
      target: 5,
      startMs: start,
      endMs: end,
      nowMs: atFraction(0.99),
      daysLeft: 0,
    });
    expect(p.perDay).toBe(3);
  });

  it('has nothing to need once met, and no projection before the period starts', () => {
    const met = pace({
      achieved: 12,
      target: 10,
      startMs: start,
      endMs: end,
      nowMs: atFraction(0.5),
      daysLeft: 14,
    });
    expect(met).toMatchObject({ perDay: null, atRisk: false, onTrack: true });
    const before = pace({
      achieved: 0,
      target: 10,
      startMs: start,
      endMs: end,
      nowMs: start - 1,
      daysLeft: 30,
    });
    expect(before).toMatchObject({ projected: null, onTrack: null, atRisk: false });
  });

  it('is never at risk without a target', () => {
    const p = pace({
      achieved: 0,
      target: null,
      startMs: start,
      endMs: end,
      nowMs: atFraction(0.9),
      daysLeft: 3,
    });
    expect(p).toMatchObject({ perDay: null, onTrack: null, atRisk: false });
  });

  const number = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -10, max: 1_000_000 }),
    fc.constantFrom(0, Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NaN),
  );
  const instant = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 4e12 }));

  it('is always finite, and at risk only when the target is not met (property)', () => {
    fc.assert(
      fc.property(
        number,
        fc.oneof(number, fc.constant(null)),
        instant,
        instant,
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 0, max: 10_000 }),
        (achieved, target, startMs, endMs, nowMs, daysLeft) => {
          const p = pace({ achieved, target, startMs, endMs, nowMs, daysLeft });
          for (const value of [p.elapsed, p.projected, p.perDay]) {
            if (value !== null) {
              expect(Number.isFinite(value)).toBe(true);
              expect(value).toBeGreaterThanOrEqual(0);
            }
          }
          if (p.atRisk) {
            expect(target !== null && target > 0 && Number.isFinite(target)).toBe(true);
            const reached = Number.isFinite(achieved) ? achieved : 0;
            expect(reached < (target ?? 0)).toBe(true);
            expect(p.onTrack).toBe(false);
          }
        },
      ),
    );
  });
});
