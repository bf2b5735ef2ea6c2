import type { Json, MemberRecord } from '../model';
import { buildCustomer, contactFor, syntheticIdentifiers, type CustomerSpec } from './customer';
import { buildGroup, type GroupSpec } from './group';
import { createIds } from './ids';
import { createRng } from './prng';

/** A generated demo member: who they are, what the start page says they show, and their groups. */
export type Persona = CustomerSpec & {
  /** The name as the start page shows it, when not first + last (family name first in Japanese). */
  displayName?: string;
  description: string;
  groups: GroupSpec[];
  warnings?: Json[];
};

/** Generated members own ids 900000001…; the offset is their id slot (generate/ids.ts). */
export const GENERATED_ID_BASE = 900_000_000;

export function buildPersonaMember(persona: Persona, today: Date): MemberRecord {
  // Seeded by the id alone: a member's numbers stay put when others are added or `today` moves.
  const rng = createRng(Number(persona.userId));
  const ids = createIds(Number(persona.userId) - GENERATED_ID_BASE);
  const contact = contactFor(persona, rng);
  const customer = buildCustomer(persona, contact, rng, today);
  const ctx = { today, rng, ids, zone: persona.zone };
  return {
    kind: 'generated',
    userId: persona.userId,
    identifiers: [
      { name: 'mobile', value: contact.mobile },
      { name: 'email', value: contact.email },
      ...syntheticIdentifiers(persona.userId),
    ],
    customer,
    groups: persona.groups.map((spec) => buildGroup(ctx, spec)),
    warnings: persona.warnings ?? null,
  };
}
