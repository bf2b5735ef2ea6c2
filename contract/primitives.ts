import { z } from 'zod';

import { decline, hasReader, readerOf, withReader, type Reader } from './fast-reader';

/**
 * Building blocks for a tolerant reading of Capillary payloads (../shared/api/capillary-notes.md):
 * `null`, absent and `[]` mean the same thing, numbers arrive as decimals, enums grow new values,
 * and timestamps come in three shapes (`+0000`, `+0530`, `Z`).
 */

/** An identifier (Java Long upstream). Kept as a string: values past 2^53 would lose digits as numbers. */
export const idSchema = withReader(
  z
    .union([z.number(), z.string()])
    .nullish()
    .transform((v) => (v === null || v === undefined || v === '' ? null : String(v))),
  (v) => {
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'string') return v;
    // z.number() refuses NaN and ±Infinity.
    return typeof v === 'number' && Number.isFinite(v) ? String(v) : decline();
  },
);

const readText: Reader<string | null> = (v) =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : decline();

export const textSchema = withReader(
  z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  readText,
);

export const flagSchema = withReader(
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  (v) => (typeof v === 'boolean' ? v : v === null || v === undefined ? null : decline()),
);

const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A decimal quantity: a JSON number or a numeric string ("11.000"); never NaN or infinite. */
export const decimalSchema = withReader(
  z
    .union([z.number(), z.string().trim().regex(NUMERIC, 'not a decimal number')])
    .nullish()
    .transform((v, ctx) => {
      if (v === null || v === undefined) return null;
      const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: 'not a finite number' });
        return z.NEVER;
      }
      return n;
    }),
  (v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : decline();
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') return decline();
    const trimmed = v.trim();
    if (!NUMERIC.test(trimmed)) return decline();
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : decline();
  },
);

/** An array where `null`, absent and `[]` are all the empty list. */
export function listOf<T extends z.ZodType>(item: T) {
  const schema = z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);
  // Only items with a reader get one (server/upstream/interpret.ts lists API messages, read by zod).
  const readItem = hasReader(item) ? readerOf(item) : null;
  if (!readItem) return schema;
  return withReader(schema, (v) => {
    if (v === null || v === undefined) return [];
    if (!Array.isArray(v)) return decline();
    const out: z.output<T>[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = readItem(v[i]);
    return out;
  });
}

/** `schema`, or null when the value is null or absent (a nested object that may be missing). */
export function optionalObject<T extends z.ZodType>(schema: T) {
  const readInner: Reader<unknown> = readerOf(schema);
  const optional = schema.nullish().transform((v) => v ?? null);
  return withReader(optional, ((v) => (v === null || v === undefined ? null : readInner(v))) as Reader<
    z.output<typeof optional>
  >);
}

/**
 * An open enumeration: a known value, or any other string kept exactly as sent (new values appear
 * upstream without notice). The type keeps the known values for exhaustive labels.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(known: T) {
  const schema = z
    .string()
    .nullish()
    .transform((v): T[number] | (string & {}) | null => v ?? null);
  return Object.assign(withReader(schema, readText), { known });
}

export function isKnown<const T extends readonly string[]>(
  known: T,
  value: string | null,
): value is T[number] {
  return value !== null && (known as readonly string[]).includes(value);
}

/** A free-form map (customFields, attributes): any keys, any values; `null` and absent read as `{}`. */
export const freeMapSchema = withReader(
  z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((v) => v ?? {}),
  (v) => {
    if (v === null || v === undefined) return {};
    if (!isPlainObject(v)) return decline();
    // zod copies the own enumerable keys (Reflect.ownKeys order) except __proto__; decline the rare cases.
    if (Object.getOwnPropertySymbols(v).length) return decline();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      if (key === '__proto__') return decline();
      out[key] = v[key];
    }
    return out;
  },
);

/** zod 4's own test for a record (util.isPlainObject). */
function isPlainObject(o: unknown): o is Record<string, unknown> {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  const ctor: unknown = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;
  return Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type Timestamp = {
  /** Exactly as sent, for display when it cannot be read and for tooltips. */
  raw: string;
  /** Milliseconds since the epoch, or null when the text is not a timestamp we can read. */
  epochMs: number | null;
  /** A bare calendar date (`YYYY-MM-DD`): format it as a date, without a time-zone shift. */
  dateOnly: boolean;
};

/**
 * Reads the timestamp shapes Capillary sends: `2024-04-11T12:25:09.000+0000`, `…+0530` (offset
 * without a colon, which `Date.parse` does not accept everywhere), `…000Z`, and bare `YYYY-MM-DD`.
 * A time without an offset is taken as UTC (Capillary stores UTC).
 */
export function parseTimestamp(raw: string): Timestamp {
  const text = raw.trim();
  return scanTimestamp(raw, text) ?? parseTimestampByPattern(raw, text);
}

/**
 * The same reading without a regular expression or a Date (a large member holds ~8,000 timestamps).
 * It accepts only text that TIMESTAMP matches, with the same groups (at each step it takes what the
 * greedy pattern tries first), and computes what parseTimestampByPattern computes. Anything else, and
 * years before 100 (which Date.UTC maps to 19xx), is left to parseTimestampByPattern (undefined).
 */
function scanTimestamp(raw: string, s: string): Timestamp | undefined {
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45) return undefined;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 1 || yy < 0 || month < 0 || day < 0) return undefined;
  const year = century * 100 + yy;
  if (n === 10) return settle(raw, year, month, day, 0, 0, 0, 0, 0, true);
  const sep = s.charCodeAt(10);
  if ((sep !== 84 /* T */ && sep !== 32) || s.charCodeAt(13) !== 58 /* : */) return undefined;
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (hour < 0 || minute < 0) return undefined;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    second = twoDigits(s, i + 1);
    if (second < 0) return undefined;
    i += 3;
    if (s.charCodeAt(i) === 46 /* . */) {
      const start = ++i;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      const length = i - start;
      if (length < 1 || length > 9) return undefined;
      // Three digits are the milliseconds; other lengths round exactly as parseTimestampByPattern does.
      ms =
        length === 3
          ? twoDigits(s, start) * 10 + (s.charCodeAt(start + 2) - 48)
          : Math.round(Number(`0.${s.slice(start, i)}`) * 1000);
    }
  }
  let offsetMinutes = 0;
  if (i < n) {
    const c = s.charCodeAt(i);
    if (c === 90 /* Z */) {
      if (i + 1 !== n) return undefined;
    } else if (c === 43 /* + */ || c === 45 /* - */) {
      const hh = twoDigits(s, i + 1);
      let j = i + 3;
      if (s.charCodeAt(j) === 58) j++;
      const mm = twoDigits(s, j);
      if (hh < 0 || mm < 0 || j + 2 !== n) return undefined;
      offsetMinutes = (c === 45 ? -1 : 1) * (hh * 60 + mm);
    } else return undefined;
  }
  return settle(raw, year, month, day, hour, minute, second, ms, offsetMinutes, false);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The value of the two ASCII digits at `at`, or -1 when either is not a digit (or is missing). */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function settle(
  raw: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offsetMinutes: number,
  dateOnly: boolean,
): Timestamp {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return { raw, epochMs: null, dateOnly: false };
  }
  // Reject impossible dates such as 2024-02-31, which Date.UTC silently rolls over.
  if (day > daysInMonth(year, month)) return { raw, epochMs: null, dateOnly: false };
  // Date.UTC(year, month - 1, day, hour, minute, second, ms) for years 100..9999, in integers (exact).
  const utc =
    daysFromCivil(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    ms -
    offsetMinutes * 60_000;
  return { raw, epochMs: utc, dateOnly };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The reading by pattern: every text the scanner leaves (invalid ones, years before 100). */
function parseTimestampByPattern(raw: string, text: string): Timestamp {
  const m = TIMESTAMP.exec(text);
  if (!m) return { raw, epochMs: null, dateOnly: false };
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return { raw, epochMs: null, dateOnly: false };
  }
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  // Reject impossible dates such as 2024-02-31, which Date.UTC silently rolls over.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || !Number.isFinite(utc)) return { raw, epochMs: null, dateOnly: false };
  return { raw, epochMs: utc, dateOnly: h === undefined };
}

export const timestampSchema = withReader(
  z
    .string()
    .nullish()
    .transform((v): Timestamp | null =>
      v === null || v === undefined || v.trim() === '' ? null : parseTimestamp(v),
    ),
  (v) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') return decline();
    const text = v.trim();
    return text === '' ? null : (scanTimestamp(v, text) ?? parseTimestampByPattern(v, text));
  },
);
