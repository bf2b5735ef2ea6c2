import type { GroupSection, SectionError, TargetGroup, Timestamp } from '../../../../contract';
import { groupTargets } from './group-targets';
import { periodProgress } from './period-progress';
import { periodBounds, periodStates } from './period-state';
import { currencyOf } from './period-view';

/**
 * The CSV export of every target and every period of the loaded view: one row per progress bar on the
 * page. Machine-readable on purpose: numbers unformatted ("5000", "62.5"), dates ISO 8601 (a bare
 * calendar date stays "2024-05-01", an instant becomes UTC "2024-05-01T00:00:00.000Z"), enums as sent.
 */
export const CSV_COLUMNS = [
  'memberId',
  'groupId',
  'groupName',
  'trackingType',
  'targetName',
  'targetRuleId',
  'periodRefCode',
  'periodStart',
  'periodEnd',
  'state',
  'targetValue',
  'achievedValue',
  'percent',
  'met',
  'currency',
  'targetAchievedDateTime',
] as const;

export type CsvCell = string | number | boolean | null;

// A cell a spreadsheet would read as a formula (or as a DDE/command prefix): OWASP "CSV Injection".
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text that starts like a formula (= + - @ tab CR) gets a leading apostrophe, so Excel, LibreOffice and
 * Sheets show it as text instead of running it. Numbers are our own figures, never guarded: "-5" is data.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell === 0 ? 0 : cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** ISO 8601: a calendar date as a date, an instant in UTC; what could not be read, as sent. */
export function isoDate(timestamp: Timestamp | null): string | null {
  if (!timestamp) return null;
  if (timestamp.epochMs === null) return timestamp.raw;
  const date = new Date(timestamp.epochMs);
  if (Number.isNaN(date.getTime())) return timestamp.raw;
  const iso = date.toISOString();
  return timestamp.dateOnly ? iso.slice(0, 10) : iso;
}

function groupRows(userId: string, group: TargetGroup, nowMs: number): CsvCell[][] {
  return groupTargets(group.targets).flatMap((track) => {
    // The same states the page shows (period-view.ts): read against the flagged period, else `nowMs`.
    const states = periodStates(
      track.periods.map((period) => ({ bounds: periodBounds(period), currentPeriod: period.currentPeriod })),
      nowMs,
    );
    return track.periods.map((period, index) => {
      const progress = periodProgress(period.targetAchievedValue, period.targetValue);
      return [
        userId,
        group.id,
        group.name,
        group.trackingType,
        period.targetName,
        period.targetRuleId,
        period.periodRefCode,
        isoDate(period.periodStartDate ?? period.periodStartDateWithTimeStamp),
        isoDate(period.periodEndDate ?? period.periodEndDateWithTimeStamp),
        states[index] ?? 'past',
        period.targetValue,
        period.targetAchievedValue,
        progress.percent,
        progress.met,
        currencyOf(period),
        isoDate(period.targetAchievedDateTime),
      ];
    });
  });
}

/** The header and one row per period of every readable group; a group that could not be read has none. */
export function memberCsvRows(
  userId: string,
  groups: GroupSection[] | SectionError,
  nowMs: number,
): CsvCell[][] {
  const sections = Array.isArray(groups) ? groups : [];
  return [
    [...CSV_COLUMNS],
    ...sections.flatMap((section) => (section.ok ? groupRows(userId, section.group, nowMs) : [])),
  ];
}

export function memberCsv(userId: string, groups: GroupSection[] | SectionError, nowMs: number): string {
  return toCsv(memberCsvRows(userId, groups, nowMs));
}

export function memberCsvFileName(userId: string): string {
  return `member-${userId}-progress.csv`;
}

/**
 * Reads RFC 4180 text back into rows of fields (quoted fields may hold commas, quotes and line breaks).
 * Not used by the page: the round-trip tests and the e2e download check read our files with it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
