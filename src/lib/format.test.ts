import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseTimestamp, type Timestamp } from '../../contract';
import {
  EMPTY,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  hasForbiddenText,
  warmFormats,
} from './format';

const en = { locale: 'en-US', timeZone: 'UTC' };
const gb = { locale: 'en-GB', timeZone: 'UTC' };

describe('formatNumber', () => {
  it('groups thousands in the given locale', () => {
    expect(formatNumber(23508, en)).toBe('23,508');
    expect(formatNumber(23508, { locale: 'de-DE' })).toBe('23.508');
  });

  it('keeps at most two decimals', () => {
    expect(formatNumber(11, en)).toBe('11');
    expect(formatNumber(1.23456, en)).toBe('1.23');
  });

  it('shows a dash for a missing or non-finite value', () => {
    expect(formatNumber(null, en)).toBe(EMPTY);
    expect(formatNumber(Number.NaN, en)).toBe(EMPTY);
    expect(formatNumber(Number.POSITIVE_INFINITY, en)).toBe(EMPTY);
  });

  it('never writes -0', () => {
    expect(formatNumber(-0, en)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('shows at most one decimal and goes past 100', () => {
    expect(formatPercent(62.5, en)).toBe('62.5%');
    expect(formatPercent(350, en)).toBe('350%');
    expect(formatPercent(100 / 3, en)).toBe('33.3%');
    expect(formatPercent(0, en)).toBe('0%');
    expect(formatPercent(20000, en)).toBe('20,000%');
  });

  it('shows a dash for a non-finite value', () => {
    expect(formatPercent(Number.NaN, en)).toBe(EMPTY);
    expect(formatPercent(Number.MAX_VALUE * 10, en)).toBe(EMPTY);
  });
});

describe('formatDate and formatDateTime', () => {
  it('formats a bare date without shifting it by the time zone', () => {
    const date = parseTimestamp('2024-06-10');
    expect(formatDate(date, { locale: 'en-GB', timeZone: 'America/Los_Angeles' })).toBe('10 Jun 2024');
    expect(formatDateTime(date, { locale: 'en-GB', timeZone: 'Pacific/Auckland' })).toBe('10 Jun 2024');
  });

  it('formats an instant in the given time zone', () => {
    const instant = parseTimestamp('2024-06-10T23:30:00.000+0000');
    expect(formatDate(instant, gb)).toBe('10 Jun 2024');
    expect(formatDate(instant, { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe('11 Jun 2024');
    expect(formatDateTime(instant, gb)).toBe('10 Jun 2024, 23:30');
  });

  it('reads the +0530 offset', () => {
    expect(formatDateTime(parseTimestamp('2024-06-20T12:23:15.000+0530'), gb)).toBe('20 Jun 2024, 06:53');
  });

  it('shows an unreadable timestamp as sent, and a dash for nothing', () => {
    expect(formatDate(parseTimestamp('sometime in May'), gb)).toBe('sometime in May');
    expect(formatDate(parseTimestamp('Invalid Date'), gb)).toBe(EMPTY);
    expect(formatDate(null, gb)).toBe(EMPTY);
  });
});

describe('formatting never shows a broken value', () => {
  const locales = fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'hi-IN', 'ar-EG', 'ja-JP');
  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, null, undefined),
  );
  const anyTimestamp: fc.Arbitrary<Timestamp> = fc.oneof(
    fc.string().map(parseTimestamp),
    fc.date({ noInvalidDate: true }).map((d) => parseTimestamp(d.toISOString())),
    fc.record({
      raw: fc.string(),
      epochMs: fc.oneof(fc.double(), fc.constant(null)),
      dateOnly: fc.boolean(),
    }),
  );

  it('numbers and percentages', () => {
    fc.assert(
      fc.property(anyNumber, locales, (value, locale) => {
        expect(hasForbiddenText(formatNumber(value, { locale }))).toBe(false);
        expect(hasForbiddenText(formatPercent(value, { locale }))).toBe(false);
      }),
    );
  });

  it('dates and date-times', () => {
    fc.assert(
      fc.property(anyTimestamp, locales, (timestamp, locale) => {
        const options = { locale, timeZone: 'Asia/Kolkata' };
        const outputs = [formatDate(timestamp, options), formatDateTime(timestamp, options)];
        for (const text of outputs) {
          expect(hasForbiddenText(text)).toBe(false);
          expect(text.trim()).not.toBe('');
        }
      }),
    );
  });
});

describe('warmFormats', () => {
  it('builds the browser-locale formatters ahead of time exactly as they would be built on first use', () => {
    warmFormats();
    const stamp = parseTimestamp('2024-06-10T08:30:00Z');
    const day = parseTimestamp('2024-06-10');
    const fresh = (options: Intl.DateTimeFormatOptions, ms: number | null) =>
      new Intl.DateTimeFormat(undefined, options).format(ms ?? NaN);
    expect(formatDateTime(stamp)).toBe(fresh({ dateStyle: 'medium', timeStyle: 'short' }, stamp.epochMs));
    expect(formatDate(stamp)).toBe(fresh({ dateStyle: 'medium' }, stamp.epochMs));
    expect(formatDate(day)).toBe(fresh({ dateStyle: 'medium', timeZone: 'UTC' }, day.epochMs));
    expect(formatNumber(1234.5)).toBe(
      new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(1234.5),
    );
    expect(formatPercent(62.5)).toBe(
      new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(0.625),
    );
  });
});
