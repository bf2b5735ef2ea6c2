import { z } from 'zod';

import { isMemberId } from '../../../lib/member-id';

/**
 * Members recently opened in this browser. Only the id, the name shown on their page and when it was
 * opened are kept: never a phone number, an email or anything else from the profile.
 */
export const RECENT_MEMBERS_KEY = 'mp.recentMembers';
export const MAX_RECENT_MEMBERS = 10;
const MAX_NAME_LENGTH = 120;

const recentMemberSchema = z.object({
  userId: z.string().refine(isMemberId),
  name: z.string().transform((name) => name.trim().slice(0, MAX_NAME_LENGTH)),
  viewedAt: z.number(),
});

export type RecentMember = z.infer<typeof recentMemberSchema>;

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
    const parsed = recentMemberSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return normalise(members);
}

/** The list with this member first (once), at most ten: the order is the order they were opened in. */
export function addRecentMember(members: RecentMember[], member: RecentMember): RecentMember[] {
  const parsed = recentMemberSchema.safeParse(member);
  if (!parsed.success) return members;
  return normalise([parsed.data, ...members.filter((m) => m.userId !== parsed.data.userId)]);
}

export function serialiseRecentMembers(members: RecentMember[]): string {
  return JSON.stringify(members.map(({ userId, name, viewedAt }) => ({ userId, name, viewedAt })));
}
