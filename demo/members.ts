import { buildPersonaMember } from './generate/persona';
import { PERSONAS } from './generate/personas';
import type { MemberRecord } from './model';
import { loadReferenceMembers } from './reference-members';

/**
 * Every demo member by userId: the reference page's recordings, then the generated members.
 * Deterministic: the same `today` gives deep-equal maps (only the reference page is read from disk).
 */
export function buildDemoMembers(today: Date): Map<string, MemberRecord> {
  const members = new Map<string, MemberRecord>();
  for (const record of loadReferenceMembers()) members.set(record.userId, record);
  for (const persona of PERSONAS) members.set(persona.userId, buildPersonaMember(persona, today));
  return members;
}
