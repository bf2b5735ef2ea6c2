import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseTimestamp } from '../../contract';
import { cycleAt, cycleWindow, formatDate, formatTimestamp, type Cadence } from './calendar';

const WEDNESDAY = new Date(Date.UTC(2026, 10, 25, 15, 30));
const span = (c: { start: Date; end: Date }) => `${formatDate(c.start)}..${formatDate(c.end)}`;

describe('cycles', () => {
  it('lays weeks Monday to Sunday, months on calendar months, days on days', () => {
    expect(span(cycleAt({ kind: 'calendar', unit: 'week' }, WEDNESDAY, 0))).toBe('2026-11-23..2026-11-29');
    expect(span(cycleAt({ kind: 'calendar', unit: 'month' }, WEDNESDAY, -9))).toBe('2026-02-01..2026-02-28');
    expect(span(cycleAt({ kind: 'calendar', unit: 'day' }, WEDNESDAY, 2))).toBe('2026-11-27..2026-11-27');
  });

  it('counts cyclic windows from the member’s own start day', () => {
    expect(span(cycleAt({ kind: 'cyclic', lengthDays: 30, dayInCycle: 11 }, WEDNESDAY, 0))).toBe(
      '2026-11-14..2026-12-13',
    );
    expect(span(cycleAt({ kind: 'cyclic', lengthDays: 30, dayInCycle: 11 }, WEDNESDAY, -1))).toBe(
      '2026-10-15..2026-11-13',
    );
  });

  it('puts today in cycle 0 and leaves no gap or overlap between cycles, for any day', () => {
    const cadence = fc.oneof(
      fc.constantFrom<Cadence>(
        { kind: 'calendar', unit: 'day' },
        { kind: 'calendar', unit: 'week' },
        { kind: 'calendar', unit: 'month' },
      ),
      fc
        .record({
          kind: fc.constant('cyclic' as const),
          lengthDays: fc.integer({ min: 1, max: 60 }),
          dayInCycle: fc.nat(59),
        })
        .filter((c) => c.dayInCycle < c.lengthDays),
    );
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(cadence, day, (c, today) => {
        const cycles = cycleWindow(c, today, -3, 3);
        const current = cycles.find((x) => x.index === 0)!;
        const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
        expect(current.start.getTime()).toBeLessThanOrEqual(midnight);
        expect(current.end.getTime()).toBeGreaterThanOrEqual(midnight);
        for (let i = 1; i < cycles.length; i++) {
          expect(cycles[i]!.start.getTime() - cycles[i - 1]!.end.getTime()).toBe(86_400_000);
        }
      }),
    );
  });
});

describe('formatTimestamp', () => {
  const instant = new Date(Date.UTC(2024, 3, 11, 12, 25, 9));

  it('writes the three shapes Capillary sends', () => {
    expect(formatTimestamp(instant, '+0000')).toBe('2024-04-11T12:25:09.000+0000');
    expect(formatTimestamp(instant, '+0530')).toBe('2024-04-11T17:55:09.000+0530');
    expect(formatTimestamp(instant, 'Z')).toBe('2024-04-11T12:25:09.000Z');
  });

  it('writes the same instant whatever the shape, as the contract reads it', () => {
    for (const zone of ['+0000', '+0530', 'Z'] as const) {
      expect(parseTimestamp(formatTimestamp(instant, zone)).epochMs).toBe(instant.getTime());
    }
  });
});
