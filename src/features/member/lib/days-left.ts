const DAY_MS = 86_400_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * The calendar day an instant falls on in `timeZone` (the browser's by default), as a day count since
 * 1970-01-01: two instants on the same local date give the same number.
 */
export function calendarDay(epochMs: number, timeZone?: string): number | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return null;
  const parts = dayFormat(timeZone).formatToParts(epochMs);
  const read = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const year = read('year');
  const month = read('month');
  const day = read('day');
  const utc = Date.UTC(year, month - 1, day);
  return Number.isFinite(utc) ? Math.round(utc / DAY_MS) : null;
}

/**
 * Whole calendar days from today to the period's last day: 0 on the last day itself ("ends today"),
 * never negative. `endDay` is a `calendarDay` number.
 */
export function daysLeft(endDay: number, nowMs: number, timeZone?: string): number {
  const today = calendarDay(nowMs, timeZone);
  if (today === null || !Number.isFinite(endDay)) return 0;
  return Math.max(0, endDay - today);
}

export type DaysLeftInput = {
  days: number;
  /** The period's end is already behind "now" (Capillary has not rolled it over yet). */
  ended: boolean;
  refCode: string | null;
};

/** "6 days left in Cycle_3", "1 day left in Cycle_3", "Cycle_3 ends today", "Cycle_3 has ended". */
export function daysLeftText({ days, ended, refCode }: DaysLeftInput): string {
  const ref = refCode?.trim() || null;
  if (ended) return ref ? `${ref} has ended` : 'this period has ended';
  if (days <= 0) return ref ? `${ref} ends today` : 'this period ends today';
  const count = `${days} ${days === 1 ? 'day' : 'days'} left`;
  return ref ? `${count} in ${ref}` : `${count} in this period`;
}
