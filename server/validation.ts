import {
  IDENTIFIER_NAMES,
  type CustomerIdentifier,
  type IdentifierName,
  type TargetGroupsQuery,
} from './upstream/source';

const LONG_MAX = 9223372036854775807n;
const CANONICAL_POSITIVE = /^[1-9][0-9]{0,18}$/;

/**
 * A positive Java Long in canonical decimal: no sign, no leading zero, no spaces, no encoding, at most
 * 9223372036854775807 (capillary-notes.md). Kept as a string end to end.
 */
export function isPositiveJavaLong(value: string): boolean {
  return CANONICAL_POSITIVE.test(value) && (value.length < 19 || BigInt(value) <= LONG_MAX);
}

const BOOLEAN_PARAMS = ['includeInactiveTargets', 'includeInactive'] as const;

export type QueryCheck = { ok: true; query: TargetGroupsQuery } | { ok: false; problem: string };

function single(params: URLSearchParams, name: string): string | undefined | null {
  const values = params.getAll(name);
  if (values.length > 1) return null;
  return values[0];
}

/**
 * Keeps only getUserTargets' documented parameters; anything else is dropped, never forwarded.
 * A documented one with a value Capillary would not read the same way is refused rather than guessed.
 */
export function checkTargetGroupsQuery(params: URLSearchParams): QueryCheck {
  const query: TargetGroupsQuery = {};
  for (const name of BOOLEAN_PARAMS) {
    const value = single(params, name);
    if (value === null) return { ok: false, problem: `${name} may be given only once.` };
    if (value === undefined) continue;
    if (value !== 'true' && value !== 'false') {
      return { ok: false, problem: `${name} must be true or false.` };
    }
    query[name] = value === 'true';
  }
  const ruleId = single(params, 'targetRuleId');
  if (ruleId === null) return { ok: false, problem: 'targetRuleId may be given only once.' };
  if (ruleId !== undefined) {
    if (!isPositiveJavaLong(ruleId)) {
      return { ok: false, problem: 'targetRuleId must be a positive whole number (a target rule ID).' };
    }
    query.targetRuleId = ruleId;
  }
  return { ok: true, query };
}

export type LookupCheck = { ok: true; identifier: CustomerIdentifier } | { ok: false; problem: string };

/** Control, format, private-use, unassigned and lone-surrogate characters, and line/paragraph separators. */
const NOT_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/u;
/** What people type between the digits of a phone number; a `+` only in front. */
const MOBILE_TYPED = /^\+?[0-9][0-9 ().-]*$/;
const MAX_EMAIL_LENGTH = 254;
/** local@domain.tld: no spaces, one `@`, at most 64 before it, a dotted domain without empty labels. */
const PLAUSIBLE_EMAIL = /^[^\s@]{1,64}@[^\s@.]+(?:\.[^\s@.]+)+$/u;
const MAX_ID_LENGTH = 64;

/** Never echoes the value: a problem text may be logged or shown beside someone else's screen. */
const PROBLEMS: Record<IdentifierName, string> = {
  mobile:
    'A mobile number must have 8 to 15 digits, country code included (spaces, dashes, dots, brackets and a leading + are ignored).',
  email: `An email address must look like name@example.com and have at most ${MAX_EMAIL_LENGTH} characters.`,
  externalId: `An external ID must have 1 to ${MAX_ID_LENGTH} printable characters.`,
  cardnumber: `A card number must have 1 to ${MAX_ID_LENGTH} printable characters (spaces are ignored).`,
};

/** The value as Capillary should receive it, or null when it cannot be one of `name`. */
function normaliseIdentifier(name: IdentifierName, raw: string): string | null {
  const value = raw.trim();
  if (NOT_PRINTABLE.test(value)) return null;
  switch (name) {
    case 'mobile': {
      if (!MOBILE_TYPED.test(value)) return null;
      const digits = value.replace(/[^0-9]/g, '');
      return digits.length >= 8 && digits.length <= 15 ? digits : null;
    }
    case 'email':
      return value.length <= MAX_EMAIL_LENGTH && PLAUSIBLE_EMAIL.test(value) ? value : null;
    case 'cardnumber':
    case 'externalId': {
      // Cards are printed in groups of four; an external id is kept as typed (only trimmed).
      const id = name === 'cardnumber' ? value.replace(/\s/g, '') : value;
      const length = [...id].length;
      return length >= 1 && length <= MAX_ID_LENGTH ? id : null;
    }
  }
}

function isDecodableQuery(query: string): boolean {
  try {
    for (const part of query.split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * The customer lookup's query: exactly one identifierName (spelled as Capillary spells it) and one
 * identifierValue that can be such an identifier; other parameters are dropped, never forwarded.
 */
export function checkLookupQuery(rawQuery: string): LookupCheck {
  if (!isDecodableQuery(rawQuery)) return { ok: false, problem: 'The query is not valid percent-encoding.' };
  const params = new URLSearchParams(rawQuery);
  const rawName = single(params, 'identifierName');
  const value = single(params, 'identifierValue');
  if (rawName === null || value === null) {
    return { ok: false, problem: 'identifierName and identifierValue may be given only once.' };
  }
  const name = IDENTIFIER_NAMES.find((n) => n === rawName);
  if (name === undefined) {
    return { ok: false, problem: `identifierName must be one of ${IDENTIFIER_NAMES.join(', ')}.` };
  }
  if (value === undefined) return { ok: false, problem: 'identifierValue is required.' };
  const normalised = normaliseIdentifier(name, value);
  if (normalised === null) return { ok: false, problem: PROBLEMS[name] };
  return { ok: true, identifier: { name, value: normalised } };
}
