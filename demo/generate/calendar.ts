/**
 * Cycles and timestamps, all in UTC days. Capillary sends period bounds as bare dates plus
 * `…T00:00:00.000Z` / `…T23:59:59.000Z`, and other instants as `+0000`, `+0530` (no colon) or `Z`
 * (../shared/api/capillary-notes.md, "Data quirks"); the demo mixes all three on purpose.
 */
export type Zone = '+0000' | '+0530' | 'Z';

/**
 * How a target's cycles are laid out. `calendar`: FIXED_CALENDAR_WINDOW boundaries (weeks start on
 * Monday). `cyclic`: CYCLIC_WINDOW, fixed-length cycles counted from the member's first activity, so
 * they start mid-week or mid-month; `dayInCycle` is how far into its cycle today falls.
 */
export type Cadence =
  | { kind: 'calendar'; unit: 'day' | 'week' | 'month' }
  | { kind: 'cyclic'; lengthDays: number; dayInCycle: number };

/** A cycle relative to today: index 0 holds today, negative ones are past, positive ones future. */
export type Cycle = { index: number; start: Date; end: Date };

const DAY_MS = 86_400_000;

export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

export function addMonths(day: Date, months: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, day.getUTCDate()));
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
}

export function cycleAt(cadence: Cadence, today: Date, index: number): Cycle {
  const day = utcDay(today);
  if (cadence.kind === 'cyclic') {
    const start = addDays(day, index * cadence.lengthDays - cadence.dayInCycle);
    return { index, start, end: addDays(start, cadence.lengthDays - 1) };
  }
  switch (cadence.unit) {
    case 'day':
      return { index, start: addDays(day, index), end: addDays(day, index) };
    case 'week': {
      const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
      const start = addDays(monday, index * 7);
      return { index, start, end: addDays(start, 6) };
    }
    case 'month': {
      const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + index, 1));
      const end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + index + 1, 0));
      return { index, start, end };
    }
  }
}

/** The cycles with indexes `from`…`to` (inclusive) around today. */
export function cycleWindow(cadence: Cadence, today: Date, from: number, to: number): Cycle[] {
  const cycles: Cycle[] = [];
  for (let i = from; i <= to; i++) cycles.push(cycleAt(cadence, today, i));
  return cycles;
}

export function formatDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function formatTimestamp(instant: Date, zone: Zone): string {
  if (zone === 'Z') return instant.toISOString();
  const offsetMinutes = zone === '+0530' ? 330 : 0;
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  return `${local.toISOString().slice(0, 23)}${zone}`;
}

export function dayStartZ(day: Date): string {
  return `${formatDate(day)}T00:00:00.000Z`;
}

export function dayEndZ(day: Date): string {
  return `${formatDate(day)}T23:59:59.000Z`;
}

/** An instant on `day` at the given UTC time of day. */
export function atTime(day: Date, hours: number, minutes: number, seconds = 0): Date {
  return new Date(utcDay(day).getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000);
}
