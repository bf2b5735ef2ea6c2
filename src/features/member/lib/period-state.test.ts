import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildTargetPeriod } from '../testing/builders';
import { periodProgress } from './period-progress';
import {
  periodBounds,
  periodOutcome,
  periodState,
  periodStates,
  type PeriodBounds,
  type PeriodState,
  type StateInput,
} from './period-state';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const input = (start: string, end: string, currentPeriod: boolean | null): StateInput => ({
  bounds: { startMs: day(start), endMs: day(end) + 86_399_999 },
  currentPeriod,
});

describe('periodBounds', () => {
  it('prefers the timestamps', () => {
    const bounds = periodBounds(
      buildTargetPeriod({
        periodStartDateWithTimeStamp: '2024-07-01T20:15:57.000Z',
        periodEndDateWithTimeStamp: '2024-07-01T20:15:57.000Z',
      }),
    );
    expect(bounds).toEqual({
      startMs: Date.UTC(2024, 6, 1, 20, 15, 57),
      endMs: Date.UTC(2024, 6, 1, 20, 15, 57),
    });
  });

  it('lets a bare end date last to the end of its day', () => {
    const bounds = periodBounds(
      buildTargetPeriod({
        periodStartDate: '2024-04-11',
        periodEndDate: '2024-04-17',
        periodStartDateWithTimeStamp: null,
        periodEndDateWithTimeStamp: null,
      }),
    );
    expect(bounds).toEqual({ startMs: Date.UTC(2024, 3, 11), endMs: Date.UTC(2024, 3, 18) - 1 });
  });

  it('has no bounds when nothing readable was sent', () => {
    const bounds = periodBounds(
      buildTargetPeriod({
        periodStartDate: 'soon',
        periodEndDate: null,
        periodStartDateWithTimeStamp: null,
        periodEndDateWithTimeStamp: null,
      }),
    );
    expect(bounds).toEqual({ startMs: null, endMs: null });
  });
});

describe('periodStates', () => {
  const now = day('2030-01-01');

  it('places periods before and after the flagged current one, whatever now is', () => {
    const periods = [
      input('2024-01-01', '2024-01-31', false),
      input('2024-02-01', '2024-02-29', true),
      input('2024-03-01', '2024-03-31', false),
    ];
    expect(periodStates(periods, now)).toEqual(['past', 'current', 'upcoming']);
  });

  it('compares the dates with now when no period is flagged', () => {
    const periods = [
      input('2029-11-01', '2029-11-30', false),
      input('2029-12-01', '2030-01-31', false),
      input('2030-02-01', '2030-02-28', null),
    ];
    expect(periodStates(periods, now)).toEqual(['past', 'current', 'upcoming']);
  });

  it('calls a period without dates past when Capillary says it is not current', () => {
    const none: PeriodBounds = { startMs: null, endMs: null };
    expect(periodState({ bounds: none, currentPeriod: false }, null, now)).toBe('past');
    expect(periodState({ bounds: none, currentPeriod: null }, null, now)).toBe('current');
  });

  it('keeps the flag and the order consistent (property)', () => {
    const period = fc.record({
      start: fc.integer({ min: 0, max: 1000 }),
      length: fc.integer({ min: 0, max: 50 }),
      flag: fc.constantFrom(true, false, null),
    });
    fc.assert(
      fc.property(
        fc.array(period, { maxLength: 30 }),
        fc.integer({ min: -100, max: 1200 }),
        (list, nowDay) => {
          const inputs = list.map((p) => ({
            bounds: { startMs: p.start * 86_400_000, endMs: (p.start + p.length) * 86_400_000 },
            currentPeriod: p.flag,
          }));
          const states = periodStates(inputs, nowDay * 86_400_000);
          const current = inputs.find((p) => p.currentPeriod === true);
          states.forEach((state: PeriodState, i) => {
            const p = inputs[i]!;
            if (p.currentPeriod === true) {
              expect(state).toBe('current');
              return;
            }
            if (current && p.bounds.startMs! < current.bounds.startMs!) expect(state).toBe('past');
            if (current && p.bounds.startMs! > current.bounds.startMs!) expect(state).toBe('upcoming');
            if (!current && p.bounds.endMs! < nowDay * 86_400_000) expect(state).toBe('past');
          });
        },
      ),
    );
  });
});

describe('periodOutcome', () => {
  it('is met when achieved reaches a positive target, whatever the period', () => {
    expect(periodOutcome(periodProgress(2, 2), 'past')).toBe('met');
    expect(periodOutcome(periodProgress(2, 2), 'current')).toBe('met');
  });

  it('is in progress for the current period, missed for a past one, upcoming for a future one', () => {
    expect(periodOutcome(periodProgress(1, 2), 'current')).toBe('in-progress');
    expect(periodOutcome(periodProgress(1, 2), 'past')).toBe('missed');
    expect(periodOutcome(periodProgress(0, 2), 'upcoming')).toBe('upcoming');
  });

  it('is met ⇔ achieved ≥ target > 0 (property)', () => {
    const state = fc.constantFrom<PeriodState>('past', 'current', 'upcoming');
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), state, (a, t, s) => {
        const outcome = periodOutcome(periodProgress(a, t), s);
        const met = Number.isFinite(a) && Number.isFinite(t) && t > 0 && a >= t;
        expect(outcome === 'met').toBe(met);
        if (!met && s === 'current') expect(outcome).toBe('in-progress');
      }),
    );
  });
});
