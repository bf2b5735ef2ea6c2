/**
 * FROZEN for tests: contract/primitives.ts as of commit 6c599a1, before the fast readers
 * (docs/decisions/017-contract-speed.md). The contract tests and demo/contract-equivalence.test.ts check that
 * the live contract returns exactly what this copy returns. Edit it only together with a deliberate change of
 * the contract's results, and say so in a decision record.
 */
import { z } from 'zod';

/**
 * Building blocks for a tolerant reading of Capillary payloads (../shared/api/capillary-notes.md):
 * `null`, absent and `[]` mean the same thing, numbers arrive as decimals, enums grow new values,
 * and timestamps come in three shapes (`+0000`, `+0530`, `Z`).
 */

/** An identifier (Java Long upstream). Kept as a string: values past 2^53 would lose digits as numbers. */
export const idSchema = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? null : String(v)));

export const textSchema = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

export const flagSchema = z
  .boolean()
  .nullish()
  .transform((v) => v ?? null);

const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A decimal quantity: a JSON number or a numeric string ("11.000"); never NaN or infinite. */
export const decimalSchema = z
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
  });

/** An array where `null`, absent and `[]` are all the empty list. */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);
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
  return Object.assign(schema, { known });
}

export function isKnown<const T extends readonly string[]>(
  known: T,
  value: string | null,
): value is T[number] {
  return value !== null && (known as readonly string[]).includes(value);
}

/** A free-form map (customFields, attributes): any keys, any values; `null` and absent read as `{}`. */
export const freeMapSchema = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((v) => v ?? {});

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
  const m = TIMESTAMP.exec(raw.trim());
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

export const timestampSchema = z
  .string()
  .nullish()
  .transform((v): Timestamp | null =>
    v === null || v === undefined || v.trim() === '' ? null : parseTimestamp(v),
  );
