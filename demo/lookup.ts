import type { IdentifierName, MemberRecord } from './model';

/**
 * GET /v2/customers/lookup over the demo members. Several reference recordings share Tom Sawyer's
 * email (tom.sawyer@capillarytech.com) and mobile (919988221100): the lowest userId wins
 * (64035151), as the first customer registered with an identifier keeps it.
 */
export type LookupIndex = Map<string, string>;

const NAMES: Record<string, IdentifierName> = {
  mobile: 'mobile',
  email: 'email',
  externalid: 'externalId',
  cardnumber: 'cardnumber',
};

/** The identifier name as Capillary spells it, whatever the case it came in; null when unknown. */
export function identifierName(raw: string | null): IdentifierName | null {
  return raw === null ? null : (NAMES[raw.toLowerCase()] ?? null);
}

function normalise(name: IdentifierName, value: string): string {
  const trimmed = value.trim();
  // A mobile may come as +91 98…, 91-98… or 9198…: only the digits (with country code) identify it.
  if (name === 'mobile') return trimmed.replace(/\D/g, '');
  if (name === 'email') return trimmed.toLowerCase();
  if (name === 'cardnumber') return trimmed.replace(/\s/g, '');
  return trimmed;
}

export function buildLookupIndex(members: Iterable<MemberRecord>): LookupIndex {
  const index: LookupIndex = new Map();
  const byId = [...members].sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1));
  for (const member of byId) {
    for (const { name, value } of member.identifiers) {
      const key = `${name}:${normalise(name, value)}`;
      if (!index.has(key)) index.set(key, member.userId);
    }
  }
  return index;
}

export function lookupMember(index: LookupIndex, name: IdentifierName, value: string): string | null {
  const normalised = normalise(name, value);
  return normalised === '' ? null : (index.get(`${name}:${normalised}`) ?? null);
}
