/**
 * A member id is a Java Long upstream (capillary-notes.md): a canonical positive decimal of at most 19
 * digits, no leading zero, at most 9223372036854775807. It stays a string end to end.
 */
export const MEMBER_ID_PATTERN = /^[1-9][0-9]{0,18}$/;
const MAX_LONG = 9223372036854775807n;

export function isMemberId(value: string): boolean {
  return MEMBER_ID_PATTERN.test(value) && BigInt(value) <= MAX_LONG;
}

/** What a person typed, trimmed, if it is a member id; otherwise null. */
export function parseMemberId(input: string): string | null {
  const trimmed = input.trim();
  return isMemberId(trimmed) ? trimmed : null;
}
