/**
 * Readers for the few small answers the first chunk of the app needs (config, session, lookup, demo
 * members, recent members). The member's targets, the one large and loose payload, are read by the
 * contract's zod schemas, which load with the member page; these shapes are small and strict enough
 * that a typed guard reads them in a few lines and keeps zod out of the 130 KB first load
 * (docs/decisions/018-first-load-budget.md).
 */

/** An answer whose shape is not the one the app reads. */
export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswerError';
}

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body.data` of an envelope, which must be an object; throws UnexpectedAnswerError otherwise. */
export function dataOf(body: unknown, what: string): JsonRecord {
  if (isRecord(body) && isRecord(body.data)) return body.data;
  throw new UnexpectedAnswerError(`${what}: the answer has no data object`);
}

/** A field that must be a string (optionally non-empty). */
export function stringField(record: JsonRecord, key: string, what: string, nonEmpty = false): string {
  const value = record[key];
  if (typeof value === 'string' && (!nonEmpty || value !== '')) return value;
  throw new UnexpectedAnswerError(`${what}: ${key} is not ${nonEmpty ? 'a non-empty' : 'a'} text`);
}

/** A field that must be one of `allowed`. */
export function oneOf<const T extends readonly string[]>(
  record: JsonRecord,
  key: string,
  allowed: T,
  what: string,
): T[number] {
  const value = record[key];
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value;
  throw new UnexpectedAnswerError(`${what}: ${key} is not one of ${allowed.join(', ')}`);
}

/** An id sent as a string or as a number (a number past 2^53 has lost digits and is refused). */
export function idText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return null;
}
