import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addRecentMember,
  MAX_RECENT_MEMBERS,
  parseRecentMembers,
  serialiseRecentMembers,
  type RecentMember,
} from './recent-members';

const asha: RecentMember = { userId: '900000001', name: 'Asha Rao', viewedAt: 1_000 };
const tom: RecentMember = { userId: '64035151', name: 'Tom Sawyer', viewedAt: 2_000 };

describe('recent members', () => {
  it('puts the member just opened first, once', () => {
    const list = addRecentMember(addRecentMember([], asha), tom);
    expect(list.map((m) => m.userId)).toEqual(['64035151', '900000001']);
    const again = addRecentMember(list, { ...asha, viewedAt: 3_000 });
    expect(again).toEqual([{ ...asha, viewedAt: 3_000 }, tom]);
  });

  it('keeps ten at most, dropping the oldest', () => {
    let list: RecentMember[] = [];
    for (let i = 1; i <= 12; i += 1)
      list = addRecentMember(list, { userId: String(i), name: `M ${i}`, viewedAt: i });
    expect(list).toHaveLength(MAX_RECENT_MEMBERS);
    expect(list[0]?.userId).toBe('12');
    expect(list.at(-1)?.userId).toBe('3');
  });

  it('refuses an entry that is not a member', () => {
    expect(addRecentMember([tom], { userId: '0123', name: 'X', viewedAt: 1 })).toEqual([tom]);
  });

  it('stores the id, the name and the time only: never a phone number or an email', () => {
    const withContact = { ...asha, mobile: '919988221100', email: 'asha@example.com' } as RecentMember;
    const stored = serialiseRecentMembers(addRecentMember([], withContact));
    expect(JSON.parse(stored)).toEqual([asha]);
    expect(parseRecentMembers(JSON.stringify([withContact]))).toEqual([asha]);
  });

  it('reads what was stored tolerantly', () => {
    expect(parseRecentMembers(null)).toEqual([]);
    expect(parseRecentMembers('not json')).toEqual([]);
    expect(parseRecentMembers('{"userId":"1"}')).toEqual([]);
    expect(parseRecentMembers(JSON.stringify([tom, { userId: 'x' }, 7, asha, tom]))).toEqual([tom, asha]);
  });

  it('survives a round trip, for any list', () => {
    const member = fc.record({
      userId: fc.bigInt({ min: 1n, max: 9223372036854775807n }).map(String),
      name: fc.string({ maxLength: 40 }).map((s) => s.trim()),
      viewedAt: fc.integer({ min: 0 }),
    });
    fc.assert(
      fc.property(fc.array(member, { maxLength: 15 }), (members) => {
        const list = members.reduce<RecentMember[]>(addRecentMember, []);
        expect(list.length).toBeLessThanOrEqual(MAX_RECENT_MEMBERS);
        expect(new Set(list.map((m) => m.userId)).size).toBe(list.length);
        if (members.length > 0) expect(list[0]).toEqual(members.at(-1));
        expect(parseRecentMembers(serialiseRecentMembers(list))).toEqual(list);
      }),
    );
  });
});
