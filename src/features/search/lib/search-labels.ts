import type { IdentifierKind, SearchChoice } from './classify-query';

/** How each identifier is named in a sentence ("No member found for that mobile number"). */
export const IDENTIFIER_NOUNS: Record<IdentifierKind, string> = {
  mobile: 'mobile number',
  email: 'email address',
  cardnumber: 'card number',
  externalId: 'external ID',
};

const FIND_BY: Record<IdentifierKind, string> = {
  mobile: 'Find by mobile',
  email: 'Find by email',
  cardnumber: 'Find by card number',
  externalId: 'Find by external ID',
};

/** The option's name: "Find by mobile", "Open member 919988221100". */
export function choiceLabel(choice: SearchChoice): string {
  return choice.type === 'member' ? `Open member ${choice.userId}` : FIND_BY[choice.kind];
}

/** Shown while a lookup runs: "Looking up the mobile number…". */
export function lookingUpText(kind: IdentifierKind): string {
  return `Looking up the ${IDENTIFIER_NOUNS[kind]}…`;
}
