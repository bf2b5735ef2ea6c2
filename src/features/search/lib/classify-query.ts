import { isMemberId } from '../../../lib/member-id';

/**
 * What a person typed into "Find a member", read without guessing: every kind of search the text could
 * be is offered, and none is picked for them when there is more than one (docs/decisions/012-member-search.md).
 */

/** Capillary's identifier names for GET /v2/customers/lookup. */
export type IdentifierKind = 'mobile' | 'email' | 'cardnumber' | 'externalId';

export type SearchChoice =
  /** Ask the lookup for the member with this identifier; `value` is what is sent. */
  | { type: 'lookup'; kind: IdentifierKind; value: string }
  /** Open /members/<userId> directly. */
  | { type: 'member'; userId: string };

export type QueryClassification = {
  /** The searches the text could be, in the order they are offered. Empty for empty text or a problem. */
  choices: SearchChoice[];
  /** Why no search fits the text (null when one does, or when nothing was typed). */
  problem: string | null;
};

/** The proxy's limits (issue 3): mobile 8–15 digits, email ≤ 254 characters, ids 1–64 printable characters. */
export const MOBILE_DIGITS = { min: 8, max: 15 } as const;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_ID_LENGTH = 64;

export const PROBLEMS = {
  email: 'That is not a complete email address.',
  mobile: `A mobile number has ${MOBILE_DIGITS.min} to ${MOBILE_DIGITS.max} digits, country code included.`,
  emailTooLong: `An email address has at most ${MAX_EMAIL_LENGTH} characters.`,
  tooLong: `Too long for a card number or an external ID (${MAX_ID_LENGTH} characters at most).`,
  unprintable: 'Use printable characters only.',
} as const;

// A plausible address: something@domain.tld, no spaces, one @, a dot-separated domain with a 2+ letter end.
const EMAIL = /^[^\s@]{1,64}@(?:[^\s@.]+\.)+[^\s@.]{2,}$/;
// Control, format, unassigned and private-use characters, and line/paragraph separators, are not printable.
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/u;
const DIGITS = /^\d+$/;
// A phone number as people write it: an optional +, digits, spaces, dashes, dots and parentheses.
const PHONE_LIKE = /^\+?[\d\s\-().]+$/;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function isMobileDigits(digits: string): boolean {
  return digits.length >= MOBILE_DIGITS.min && digits.length <= MOBILE_DIGITS.max;
}

/** Card numbers are written in groups ("7031 0009 …"); the number itself has no spaces. */
function cardValue(text: string): string {
  return text.replace(/\s/g, '');
}

function identifierChoices(text: string): SearchChoice[] {
  return [
    { type: 'lookup', kind: 'cardnumber', value: cardValue(text) },
    { type: 'lookup', kind: 'externalId', value: text },
  ];
}

function classifyEmail(text: string): QueryClassification {
  if (text.length > MAX_EMAIL_LENGTH) return { choices: [], problem: PROBLEMS.emailTooLong };
  if (!EMAIL.test(text)) return { choices: [], problem: PROBLEMS.email };
  return { choices: [{ type: 'lookup', kind: 'email', value: text }], problem: null };
}

/**
 * A bare number. Fewer than 8 digits: a member id only. 8 or more: a mobile (up to 15 digits), a member
 * id (when it is one) and, because card numbers and many external ids are printed as digits, those too.
 */
function classifyDigits(text: string): QueryClassification {
  const member = isMemberId(text);
  if (text.length < MOBILE_DIGITS.min && member) {
    return { choices: [{ type: 'member', userId: text }], problem: null };
  }
  const choices: SearchChoice[] = [];
  if (isMobileDigits(text)) choices.push({ type: 'lookup', kind: 'mobile', value: text });
  if (member) choices.push({ type: 'member', userId: text });
  if (text.length <= MAX_ID_LENGTH) choices.push(...identifierChoices(text));
  return choices.length > 0 ? { choices, problem: null } : { choices: [], problem: PROBLEMS.tooLong };
}

/** "+91 99882 21100", "(0)98-76 54": a mobile when it has 8–15 digits; without + or () also a card or id. */
function classifyPhoneLike(text: string): QueryClassification {
  const digits = digitsOf(text);
  const choices: SearchChoice[] = [];
  if (isMobileDigits(digits)) choices.push({ type: 'lookup', kind: 'mobile', value: digits });
  const international = /[+()]/.test(text);
  if (!international && text.length <= MAX_ID_LENGTH) choices.push(...identifierChoices(text));
  if (choices.length > 0) return { choices, problem: null };
  return { choices: [], problem: international ? PROBLEMS.mobile : PROBLEMS.tooLong };
}

export function classifyQuery(input: string): QueryClassification {
  const text = input.trim();
  if (text === '') return { choices: [], problem: null };
  if (UNPRINTABLE.test(text)) return { choices: [], problem: PROBLEMS.unprintable };
  // An @ means an email address, and only that: an email is never offered as an id or a card.
  if (text.includes('@')) return classifyEmail(text);
  if (DIGITS.test(text)) return classifyDigits(text);
  if (PHONE_LIKE.test(text) && /\d/.test(text)) return classifyPhoneLike(text);
  if (text.length > MAX_ID_LENGTH) return { choices: [], problem: PROBLEMS.tooLong };
  return { choices: identifierChoices(text), problem: null };
}

export type EnterOutcome =
  | { type: 'act'; choice: SearchChoice }
  /** Several searches fit: show them and let the person choose. */
  | { type: 'choose' }
  /** Nothing fits: show why. */
  | { type: 'invalid'; problem: string }
  | { type: 'nothing' };

/** What Enter does on the typed text (no option highlighted): act only when exactly one search fits. */
export function enterOutcome({ choices, problem }: QueryClassification): EnterOutcome {
  const [only] = choices;
  if (choices.length === 1 && only) return { type: 'act', choice: only };
  if (choices.length > 1) return { type: 'choose' };
  return problem === null ? { type: 'nothing' } : { type: 'invalid', problem };
}
