import { formatDateTime, type FormatOptions } from '../../../lib/format';

/** "Opened 25 Nov 2026, 10:05" in the browser's locale and time zone. */
export function openedText(viewedAt: number, options: FormatOptions = {}): string {
  const when = formatDateTime({ raw: '', epochMs: viewedAt, dateOnly: false }, options);
  return `Opened ${when}`;
}
