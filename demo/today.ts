/**
 * DEMO_TODAY (YYYY-MM-DD) as the demo's "now": midnight UTC of that day. Absent or empty: the real
 * date. Anything else is an error, so a typo cannot silently give an undated demo.
 */
export function parseDemoToday(value: string | undefined): Date {
  if (value === undefined || value.trim() === '') return new Date();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new Error(`DEMO_TODAY must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return date;
}
