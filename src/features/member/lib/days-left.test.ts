import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { calendarDay, daysLeft, daysLeftText } from './days-left';

const at = (iso: string) => Date.parse(iso);
const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('calendarDay', () => {
  it('reads the local date of an instant in the given time zone', () => {
    expect(calendarDay(at('2026-11-30T23:59:59Z'), 'UTC')).toBe(day('2026-11-30'));
    // 23:59:59 UTC is already 1 December in India (+05:30) …
    expect(calendarDay(at('2026-11-30T23:59:59Z'), 'Asia/Kolkata')).toBe(day('2026-12-01'));
    // … and still 30 November in New York.
    expect(calendarDay(at('2026-11-30T23:59:59Z'), 'America/New_York')).toBe(day('2026-11-30'));
  });

  it('is null for an instant a Date cannot hold', () => {
    expect(calendarDay(Number.NaN)).toBeNull();
    expect(calendarDay(9e15)).toBeNull();
  });
});

describe('daysLeft', () => {
  const now = at('2026-11-25T12:00:00Z');

  it('counts whole calendar days to the last day', () => {
    expect(daysLeft(day('2026-11-30'), now, 'UTC')).toBe(5);
    expect(daysLeft(day('2026-11-26'), now, 'UTC')).toBe(1);
  });

  it('is 0 on the last day and never negative after it', () => {
    expect(daysLeft(day('2026-11-25'), now, 'UTC')).toBe(0);
    expect(daysLeft(day('2026-11-01'), now, 'UTC')).toBe(0);
  });

  it('follows the time zone: late evening in New York is still the day before', () => {
    expect(daysLeft(day('2026-11-30'), at('2026-11-26T02:00:00Z'), 'America/New_York')).toBe(5);
    expect(daysLeft(day('2026-11-30'), at('2026-11-26T02:00:00Z'), 'UTC')).toBe(4);
  });

  it('is a whole number ≥ 0 for any end and now (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        (end, nowMs) => {
          const days = daysLeft(end, nowMs, 'UTC');
          expect(Number.isInteger(days)).toBe(true);
          expect(days).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('daysLeftText', () => {
  it('says days in words, singular and plural, and names the period', () => {
    expect(daysLeftText({ days: 6, ended: false, refCode: 'Cycle_3' })).toBe('6 days left in Cycle_3');
    expect(daysLeftText({ days: 1, ended: false, refCode: 'Cycle_3' })).toBe('1 day left in Cycle_3');
    expect(daysLeftText({ days: 0, ended: false, refCode: 'Cycle_3' })).toBe('Cycle_3 ends today');
    expect(daysLeftText({ days: 0, ended: true, refCode: 'Cycle_3' })).toBe('Cycle_3 has ended');
  });

  it('reads "this period" without a ref code', () => {
    expect(daysLeftText({ days: 2, ended: false, refCode: null })).toBe('2 days left in this period');
    expect(daysLeftText({ days: 0, ended: false, refCode: '  ' })).toBe('this period ends today');
  });
});
