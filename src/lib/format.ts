import type { Timestamp } from '../../contract';

/**
 * Locale-aware formatting with the browser's locale and time zone (both `undefined` by default, which
 * Intl reads as "the user's"). Tests pass them explicitly. Nothing here ever returns `NaN`, `Infinity`,
 * `undefined`, `[object Object]` or `Invalid Date`: a value that cannot be shown becomes "—".
 */
export type FormatOptions = { locale?: string; timeZone?: string };

export const EMPTY = '—';

const FORBIDDEN = /NaN|Infinity|undefined|\[object Object\]|Invalid Date/;

/** True when a text contains one of the strings the app must never show. */
export function hasForbiddenText(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** A formatter and the texts it has made (Map keys are the numbers formatted). */
type Texts<F> = { format: F; texts: Map<number, string> };

// 60 groups × 24 cycles format thousands of values: build each Intl formatter once. Number formatters
// are kept by kind, then locale (Map keys may be undefined): no key text is built per number shown. Each
// keeps the texts it has made, up to a bound: targets, thresholds and achieved values repeat across
// periods and groups, and a Map look-up costs a fraction of a call into Intl.
const MAX_CACHED_NUMBERS = 4096;
const numberFormats = {
  number: new Map<string | undefined, Texts<Intl.NumberFormat>>(),
  percent: new Map<string | undefined, Texts<Intl.NumberFormat>>(),
};

function numberFormat(kind: 'number' | 'percent', locale: string | undefined): Texts<Intl.NumberFormat> {
  let entry = numberFormats[kind].get(locale);
  if (!entry) {
    const format = new Intl.NumberFormat(
      locale,
      kind === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 },
    );
    entry = { format, texts: new Map() };
    numberFormats[kind].set(locale, entry);
  }
  return entry;
}

/**
 * `value` as `formatter` writes it, kept in `texts` for the next time; a store that reaches `bound` starts
 * again. One mechanism for the number and the date texts.
 */
function keptText(
  texts: Map<number, string>,
  bound: number,
  formatter: { format(value: number): string },
  value: number,
): string {
  let text = texts.get(value);
  if (text === undefined) {
    if (texts.size >= bound) texts.clear();
    text = formatter.format(value);
    texts.set(value, text);
  }
  return text;
}

/** `value` as the formatter of `kind` and `locale` writes it (a finite number, never -0). */
function cachedNumber(kind: 'number' | 'percent', locale: string | undefined, value: number): string {
  const { format, texts } = numberFormat(kind, locale);
  return keptText(texts, MAX_CACHED_NUMBERS, format, value);
}

// Period boundaries repeat across targets and groups (60 groups × 24 cycles share a few dozen dates):
// each date formatter keeps the texts it has made, up to a bound, instead of asking Intl again. Kept by
// kind, locale, then time zone (Map keys may be undefined): no key text is built per date shown.
const MAX_CACHED_DATES = 4096;
const dateFormats = {
  date: new Map<string | undefined, Map<string | undefined, Texts<Intl.DateTimeFormat>>>(),
  dateTime: new Map<string | undefined, Map<string | undefined, Texts<Intl.DateTimeFormat>>>(),
};

function dateFormat(
  kind: 'date' | 'dateTime',
  locale: string | undefined,
  timeZone: string | undefined,
): Texts<Intl.DateTimeFormat> {
  let byZone = dateFormats[kind].get(locale);
  if (!byZone) dateFormats[kind].set(locale, (byZone = new Map()));
  let entry = byZone.get(timeZone);
  if (!entry) {
    const format = new Intl.DateTimeFormat(
      locale,
      kind === 'date'
        ? { dateStyle: 'medium', timeZone }
        : { dateStyle: 'medium', timeStyle: 'short', timeZone },
    );
    byZone.set(timeZone, (entry = { format, texts: new Map() }));
  }
  return entry;
}

function cachedDate(
  kind: 'date' | 'dateTime',
  locale: string | undefined,
  timeZone: string | undefined,
  epochMs: number,
): string {
  const { format, texts } = dateFormat(kind, locale, timeZone);
  return keptText(texts, MAX_CACHED_DATES, format, epochMs);
}

/**
 * Builds, once, the formatters a member page uses in the browser's locale and time zone. The first
 * Intl formatter of a page costs tens of milliseconds (locale data); warm-intl.ts calls this once a
 * worker has loaded that data, so neither this nor drawing the member pays it. Formats nothing visible.
 */
export function warmFormats(): void {
  for (const kind of ['date', 'dateTime'] as const) dateFormat(kind, undefined, undefined).format.format(0);
  dateFormat('date', undefined, 'UTC').format.format(0);
  numberFormat('number', undefined).format.format(1);
  numberFormat('percent', undefined).format.format(1);
}

/** 23508 → "23,508" (en-US); at most two decimals. */
export function formatNumber(value: number | null | undefined, options: FormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  // -0 would read "-0".
  return cachedNumber('number', options.locale, value === 0 ? 0 : value);
}

/** A percentage given on the 0–100 scale: 62.5 → "62.5%", 350 → "350%", 20000 → "20,000%"; one decimal at most. */
export function formatPercent(percent: number | null | undefined, options: FormatOptions = {}): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return EMPTY;
  const ratio = percent / 100;
  if (!Number.isFinite(ratio)) return EMPTY;
  return cachedNumber('percent', options.locale, ratio === 0 ? 0 : ratio);
}

// The range a JavaScript Date can hold (±100,000,000 days from the epoch).
const MAX_EPOCH_MS = 8.64e15;

function isInstant(epochMs: number | null): epochMs is number {
  return epochMs !== null && Number.isFinite(epochMs) && Math.abs(epochMs) <= MAX_EPOCH_MS;
}

function unreadable(timestamp: Timestamp): string {
  // Show what was sent, so support can recognise it, unless it would read like a broken figure.
  const raw = timestamp.raw.trim();
  return raw === '' || hasForbiddenText(raw) ? EMPTY : raw;
}

/**
 * A calendar date ("10 Jun 2024" in en-GB, "Jun 10, 2024" in en-US). A bare `YYYY-MM-DD` is a date, not
 * an instant: it is formatted in UTC so that no time zone moves it to the day before.
 */
export function formatDate(timestamp: Timestamp | null | undefined, options: FormatOptions = {}): string {
  if (!timestamp) return EMPTY;
  if (!isInstant(timestamp.epochMs)) return unreadable(timestamp);
  const timeZone = timestamp.dateOnly ? 'UTC' : options.timeZone;
  return cachedDate('date', options.locale, timeZone, timestamp.epochMs);
}

/** A date and time in the browser's time zone; a bare date stays a date. */
export function formatDateTime(timestamp: Timestamp | null | undefined, options: FormatOptions = {}): string {
  if (!timestamp) return EMPTY;
  if (!isInstant(timestamp.epochMs)) return unreadable(timestamp);
  if (timestamp.dateOnly) return formatDate(timestamp, options);
  return cachedDate('dateTime', options.locale, options.timeZone, timestamp.epochMs);
}
