import { isMemberId } from '../../../lib/member-id';
import { isRecord } from '../../../lib/read-answer';

/**
 * Members recently opened in this browser. Only the id, the name shown on their page and when it was
 * opened are kept: never a phone number, an email or anything else from the profile.
 */
export const RECENT_MEMBERS_KEY = 'mp.recentMembers';
export const MAX_RECENT_MEMBERS = 10;
const MAX_NAME_LENGTH = 120;

export type RecentMember = { userId: string; name: string; viewedAt: number };

/** One stored entry, or null when it is not one (extra keys are dropped). */
function readRecentMember(item: unknown): RecentMember | null {
  if (!isRecord(item)) return null;
  const { userId, name, viewedAt } = item;
  if (typeof userId !== 'string' || !isMemberId(userId)) return null;
  if (typeof name !== 'string' || typeof viewedAt !== 'number' || !Number.isFinite(viewedAt)) return null;
  return { userId, name: name.trim().slice(0, MAX_NAME_LENGTH), viewedAt };
}

function normalise(members: RecentMember[]): RecentMember[] {
  const seen = new Set<string>();
  return members
    .filter((member) => !seen.has(member.userId) && seen.add(member.userId))
    .slice(0, MAX_RECENT_MEMBERS);
}

/** What was stored, read tolerantly: unreadable text or entries are dropped, extra keys stripped. */
export function parseRecentMembers(raw: string | null): RecentMember[] {
  if (raw === null) return [];
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const members = stored.flatMap((item) => {
    const member = readRecentMember(item);
    return member ? [member] : [];
  });
  return normalise(members);
}

/** The list with this member first (once), at most ten: the order is the order they were opened in. */
export function addRecentMember(members: RecentMember[], member: RecentMember): RecentMember[] {
  const read = readRecentMember(member);
  if (!read) return members;
  return normalise([read, ...members.filter((m) => m.userId !== read.userId)]);
}

export function serialiseRecentMembers(members: RecentMember[]): string {
  return JSON.stringify(members.map(({ userId, name, viewedAt }) => ({ userId, name, viewedAt })));
}
