import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseMemberTargetsResponse, type GroupSection } from '../../../../contract';
import { rawMemberResponse, rawMonthlyPeriods, rawTargetGroup, rawTargetPeriod } from '../testing/builders';
import {
  CSV_COLUMNS,
  csvField,
  isoDate,
  memberCsv,
  memberCsvFileName,
  memberCsvRows,
  parseCsv,
  toCsv,
  type CsvCell,
} from './member-csv';

const NOW = Date.UTC(2023, 6, 15);

function groupsOf(targetGroups: unknown[]): GroupSection[] {
  const groups = parseMemberTargetsResponse(rawMemberResponse({ targetGroups })).data?.groups;
  if (!Array.isArray(groups)) throw new Error('groups did not parse');
  return groups;
}

const column = (row: CsvCell[] | string[], name: (typeof CSV_COLUMNS)[number]) =>
  row[CSV_COLUMNS.indexOf(name)];

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('guards text that a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers unformatted, booleans as true/false and nothing as an empty field', () => {
    expect(csvField(23508.5)).toBe('23508.5');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
  });
});

describe('toCsv and parseCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });

  it('reads back what it wrote: every cell, guarded text with its apostrophe', () => {
    const cell = fc.oneof(
      // Text made of what matters to CSV: quotes, commas, line breaks, formula starts, non-ASCII.
      fc.string({
        unit: fc.constantFrom(
          'a',
          'Z',
          '1',
          'é',
          '田',
          '"',
          "'",
          ',',
          ';',
          '\r',
          '\n',
          '=',
          '+',
          '-',
          '@',
          '\t',
          ' ',
        ),
        maxLength: 12,
      }),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('=1+1', '+x', '-y', '@z', '\tt', '\rr', '"', ',', '\r\n', ''),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, (table) => {
        const expected = table.map((row) => row.map(expectedText));
        expect(parseCsv(toCsv(table))).toEqual(expected);
      }),
    );
  });
});

/** What a cell reads as once parsed back: csvField's text without the RFC 4180 quoting. */
function expectedText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell === 0 ? 0 : cell);
  if (typeof cell === 'boolean') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

describe('isoDate', () => {
  it('keeps calendar dates as dates and writes instants in UTC', () => {
    expect(isoDate({ raw: '2024-05-01', epochMs: Date.UTC(2024, 4, 1), dateOnly: true })).toBe('2024-05-01');
    expect(
      isoDate({
        raw: '2024-04-11T12:25:09.000+0530',
        epochMs: Date.UTC(2024, 3, 11, 6, 55, 9),
        dateOnly: false,
      }),
    ).toBe('2024-04-11T06:55:09.000Z');
    expect(isoDate({ raw: 'soon', epochMs: null, dateOnly: false })).toBe('soon');
    expect(isoDate(null)).toBeNull();
  });
});

describe('memberCsvRows', () => {
  it('has the header, then one row per period of every target of every group', () => {
    const groups = groupsOf([
      rawTargetGroup({ id: 1, name: 'Monthly', targets: rawMonthlyPeriods(12, 6) }),
      rawTargetGroup({
        id: 2,
        name: 'Two targets',
        trackingType: 'CAPPING',
        targets: [
          rawTargetPeriod({
            targetRuleId: 7,
            targetName: 'Points cap',
            targetValue: 1200,
            targetAchievedValue: 350,
          }),
          rawTargetPeriod({ targetRuleId: 8, targetName: 'Stars', alternateCurrencyName: 'Stars' }),
        ],
      }),
    ]);
    const rows = memberCsvRows('64035151', groups, NOW);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 12 + 2);
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);

    const monthly = rows.slice(1, 13);
    expect(monthly.map((row) => column(row, 'periodRefCode'))).toEqual(
      Array.from({ length: 12 }, (_, i) => `Cycle_${i + 1}`),
    );
    expect(monthly.map((row) => column(row, 'state'))).toEqual([
      ...Array<string>(6).fill('past'),
      'current',
      ...Array<string>(5).fill('upcoming'),
    ]);
    const current = monthly[6]!;
    expect(current).toEqual([
      '64035151',
      '1',
      'Monthly',
      'DEFAULT',
      'Spend 8,000',
      '429',
      'Cycle_7',
      '2023-07-01',
      '2023-07-31',
      'current',
      8000,
      5000,
      62.5,
      false,
      null,
      null,
    ]);
    expect(column(monthly[0]!, 'met')).toBe(true);
    expect(column(monthly[0]!, 'percent')).toBe(100);

    const cap = rows[13]!;
    expect([column(cap, 'trackingType'), column(cap, 'targetName'), column(cap, 'targetValue')]).toEqual([
      'CAPPING',
      'Points cap',
      1200,
    ]);
    expect(column(rows[14]!, 'currency')).toBe('Stars');
  });

  it('leaves figures empty where there are none (no target: no percent), never NaN', () => {
    const groups = groupsOf([
      rawTargetGroup({ targets: [rawTargetPeriod({ targetValue: 0, targetAchievedValue: 7 })] }),
    ]);
    const csv = memberCsv('1', groups, NOW);
    const [, row] = parseCsv(csv);
    expect([column(row!, 'targetValue'), column(row!, 'achievedValue'), column(row!, 'percent')]).toEqual([
      '0',
      '7',
      '',
    ]);
    expect(csv).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  });

  it('writes the achieved time in UTC ISO', () => {
    const groups = groupsOf([
      rawTargetGroup({
        targets: [
          rawTargetPeriod({
            targetAchievedValue: 9000,
            targetAchievedDateTime: '2024-05-20T10:00:00.000+0530',
          }),
        ],
      }),
    ]);
    const [, row] = memberCsvRows('1', groups, NOW);
    expect(column(row!, 'targetAchievedDateTime')).toBe('2024-05-20T04:30:00.000Z');
    expect(column(row!, 'met')).toBe(true);
  });

  it('guards names that look like formulas', () => {
    const groups = groupsOf([
      rawTargetGroup({ name: '=cmd|" /C calc"!A0', targets: [rawTargetPeriod({ targetName: '@SUM(1)' })] }),
    ]);
    const [, row] = parseCsv(memberCsv('1', groups, NOW));
    expect(column(row!, 'groupName')).toBe(`'=cmd|" /C calc"!A0`);
    expect(column(row!, 'targetName')).toBe("'@SUM(1)");
  });

  it('skips groups that could not be read, and has only the header without groups', () => {
    const groups = groupsOf([rawTargetGroup({ targets: 'not a list' }), rawTargetGroup({ id: 9 })]);
    expect(groups[0]?.ok).toBe(false);
    expect(memberCsvRows('1', groups, NOW)).toHaveLength(2);
    expect(memberCsvRows('1', [], NOW)).toEqual([[...CSV_COLUMNS]]);
    expect(memberCsvRows('1', { message: 'targetGroups: expected a list' }, NOW)).toEqual([[...CSV_COLUMNS]]);
  });

  it('has one row per period for any number of groups and cycles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cycles: fc.integer({ min: 1, max: 14 }), current: fc.nat(13) }), {
          maxLength: 5,
        }),
        (shape) => {
          const groups = groupsOf(
            shape.map((g, i) =>
              rawTargetGroup({ id: i + 1, targets: rawMonthlyPeriods(g.cycles, g.current % g.cycles) }),
            ),
          );
          const rows = parseCsv(memberCsv('5', groups, NOW));
          expect(rows).toHaveLength(1 + shape.reduce((sum, g) => sum + g.cycles, 0));
          expect(rows.slice(1).filter((row) => column(row, 'state') === 'current')).toHaveLength(
            shape.length,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('memberCsvFileName', () => {
  it('names the file after the member', () => {
    expect(memberCsvFileName('900000001')).toBe('member-900000001-progress.csv');
  });
});
