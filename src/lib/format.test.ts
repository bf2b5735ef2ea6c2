import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import { parseTimestamp, type Timestamp } from '../../contract';
import { EMPTY, formatDate, formatDateTime, formatNumber, formatPercent, hasForbiddenText } from './format';

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

describe('formatted dates kept for reuse', () => {
  it('stay right for every date, past the bound where the store starts again, per locale and zone', () => {
    const day = 86_400_000;
    const zones = [en, gb, { locale: 'en-US', timeZone: 'Asia/Kolkata' }];
    const formats = zones.map((options) => ({
      options,
      date: new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeZone: options.timeZone }),
      dateTime: new Intl.DateTimeFormat(options.locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: options.timeZone,
      }),
    }));
    // 5,000 distinct instants in three formats and two kinds: the store (4,096) fills and starts again.
    for (let i = 0; i < 5_000; i += 1) {
      const epochMs = Date.UTC(2000, 0, 1) + i * day + 3_600_000;
      const ts: Timestamp = { raw: 'x', epochMs, dateOnly: false };
      for (const f of formats) {
        expect(formatDate(ts, f.options)).toBe(f.date.format(epochMs));
        expect(formatDateTime(ts, f.options)).toBe(f.dateTime.format(epochMs));
      }
    }
  });
});

describe('formatted numbers kept for reuse', () => {
  const locales = ['en-US', 'de-DE', 'hi-IN'];
  const formats = locales.map((locale) => ({
    locale,
    plain: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  }));
  /** What Intl writes, with -0 written as 0 as the app does. */
  const expected = (format: Intl.NumberFormat, value: number) => format.format(value === 0 ? 0 : value);

  it('stay right past the bound where the store starts again, in every locale', () => {
    // 5,000 distinct values per locale and kind (the store keeps 4,096), each asked for twice.
    const values = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? -1 : 1) * i * 13.37);
    for (const value of [...values, ...values]) {
      for (const f of formats) {
        expect(formatNumber(value, f)).toBe(expected(f.plain, value));
        expect(formatPercent(value, f)).toBe(expected(f.percent, value / 100));
      }
    }
  });

  it('stay right for any number, asked for again after others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))),
        (values) => {
          for (const value of [...values, ...values]) {
            for (const f of formats) {
              expect(formatNumber(value, f)).toBe(expected(f.plain, value));
              expect(formatPercent(value, f)).toBe(expected(f.percent, value / 100));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('warmFormats', () => {
  /** A fresh copy of this module (no formatter built yet), and how many Intl formatters it builds. */
  async function freshFormat() {
    vi.resetModules();
    const format = await import('./format');
    const { DateTimeFormat, NumberFormat } = Intl;
    let count = 0;
    const counted = <T extends object>(Real: new (...args: never[]) => T) =>
      function (...args: never[]) {
        count += 1;
        return new Real(...args);
      };
    Intl.DateTimeFormat = counted(DateTimeFormat) as unknown as typeof Intl.DateTimeFormat;
    Intl.NumberFormat = counted(NumberFormat) as unknown as typeof Intl.NumberFormat;
    const restore = () => {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    };
    return { format, built: () => count, restore };
  }

  const stamp = parseTimestamp('2024-06-10T08:30:00Z');
  const day = parseTimestamp('2024-06-10');

  it('builds every formatter a member page uses, so drawing the page builds none', async () => {
    const { format, built, restore } = await freshFormat();
    try {
      format.warmFormats();
      const warmed = built();
      expect(warmed).toBeGreaterThan(0);
      format.formatDateTime(stamp);
      format.formatDate(stamp);
      format.formatDate(day);
      format.formatNumber(1234.5);
      format.formatPercent(62.5);
      expect(built()).toBe(warmed);
    } finally {
      restore();
    }
  });

  it('builds them as first use would: the same text, in the browser locale', async () => {
    const cold = await freshFormat();
    const expected = [
      cold.format.formatDateTime(stamp),
      cold.format.formatDate(day),
      cold.format.formatNumber(1234.5),
      cold.format.formatPercent(62.5),
    ];
    expect(cold.built()).toBeGreaterThan(0); // without warming, drawing builds them
    cold.restore();
    const { format, restore } = await freshFormat();
    try {
      format.warmFormats();
      expect([
        format.formatDateTime(stamp),
        format.formatDate(day),
        format.formatNumber(1234.5),
        format.formatPercent(62.5),
      ]).toEqual(expected);
    } finally {
      restore();
    }
  });
});
