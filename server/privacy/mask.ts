/**
 * How a staff user sees a member's contact details (issue 5): a phone number by its last 4 digits,
 * an email by the first character of its local part. Done in the proxy, so a staff user's browser
 * never receives the full values (docs/decisions/010-roles-and-masking.md).
 */

/** `919988221100` → `********1100`. Four digits or fewer: all hidden (the last 4 would be all of it). */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(Math.max(digits.length, 4));
  return '*'.repeat(digits.length - 4) + digits.slice(-4);
}

/** `tom.sawyer@capillarytech.com` → `t***@capillarytech.com`. Not an email: hidden but its first character. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return value.length === 0 ? value : `${value.slice(0, 1)}***`;
  return `${Array.from(value.slice(0, at))[0] ?? ''}***${value.slice(at)}`;
}

// An address inside any text: a local part, @, a dotted domain. Local parts with quotes or spaces
// (legal, never seen in a CRM) are not matched; the domain stays visible, as the issue's example shows.
const EMAIL_IN_TEXT =
  /[^\s@<>()[\]",;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;

/**
 * A phone number inside text: an optional +, then 10 to 15 digits with the usual separators. Ten is
 * the shortest number with a country code (Capillary stores mobiles with it: 919988221100); shorter
 * runs are ids, amounts, dates, which must stay readable.
 */
const PHONE_IN_TEXT = /(?<![\w+])\+?\d(?:[\s().-]?\d){9,14}(?!\w)/g;
/** Under a key that names a phone (`mobile`, `alt_phone`…), shorter national numbers count too. */
const PHONE_SHORT = /^\+?\d(?:[\s().-]?\d){6,14}$/;
export const PHONE_KEY = /phone|mobile|msisdn|whatsapp|landline|^tel|_tel|sms|fax/i;

const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());

/** A date or date-time (`2024-04-11 12:25`, `11/04/2024`) has a run of digits too, and stays. */
const DATE_LIKE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/;

/** Every email address in free text, masked. */
export function maskEmails(text: string): string {
  return text.includes('@') ? text.replace(EMAIL_IN_TEXT, (m) => maskEmail(m)) : text;
}

/** Every email and phone number found in free text, masked; everything else as it was. */
export function maskText(text: string): string {
  if (text.length === 0) return text;
  return maskEmails(text).replace(PHONE_IN_TEXT, (m) => (DATE_LIKE.test(m.trim()) ? m : maskPhone(m)));
}

/** A value under a phone-named key: a shorter run of digits is a phone number there. */
export function maskPhoneField(text: string): string {
  return PHONE_SHORT.test(text.trim()) ? maskPhone(text) : maskText(text);
}

const EMAIL_TYPES = new Set(['email', 'e-mail', 'mail']);
const PHONE_TYPES = new Set(['mobile', 'phone', 'sms', 'whatsapp', 'landline', 'telephone', 'tel', 'msisdn']);

/**
 * A communication channel's value, by the channel's type. An unknown type (a WeChat id, a push
 * token) is personal data too: an email-shaped value is masked as an email, anything else like a
 * phone number (its last 4 characters' digits only).
 */
export function maskChannelValue(type: unknown, value: string): string {
  const t = typeof type === 'string' ? type.trim().toLowerCase() : '';
  if (EMAIL_TYPES.has(t)) return maskEmail(value);
  if (PHONE_TYPES.has(t)) return maskPhone(value);
  if (looksLikeEmail(value)) return maskEmail(value);
  const kept = value.slice(-4);
  return '*'.repeat(Math.max(value.length - 4, 4)) + (value.length > 4 ? kept : '');
}
