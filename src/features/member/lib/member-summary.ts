import type { Customer } from '../../../../contract';

// Names written in Han, Kana or Hangul put the family name first ("田中 愛子"), as their owners write them.
const FAMILY_NAME_FIRST = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・\s]+$/u;

/**
 * The member's full name (first + last) from the first profile that has one; "Member <id>" when none
 * does. East Asian names read family name first.
 */
export function memberName(customer: Customer | null, userId: string): string {
  for (const profile of customer?.profiles ?? []) {
    const first = profile.firstName?.trim() ?? '';
    const last = profile.lastName?.trim() ?? '';
    const parts =
      FAMILY_NAME_FIRST.test(first) && FAMILY_NAME_FIRST.test(last) ? [last, first] : [first, last];
    const name = parts.filter((part) => part !== '').join(' ');
    if (name !== '') return name;
  }
  return `Member ${userId}`;
}

/** A custom field's value as text: strings as sent, numbers and booleans via String, objects as JSON. */
export function customFieldText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '—';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '—';
  } catch {
    return '—';
  }
}
