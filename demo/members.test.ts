import { describe, expect, it } from 'vitest';

import { STREAK_STATUSES, TARGET_EVALUATION_TYPES, TRACKING_TYPES } from '../contract';
import { DEMO_CATALOG } from './catalog';
import { LARGE_MEMBER_CYCLES, LARGE_MEMBER_GROUPS } from './generate/large-member';
import { buildDemoMembers } from './members';
import { okGroups, parsedAnswer, QUERIES, TEST_TODAY, wireBody } from './test-support';

const members = buildDemoMembers(TEST_TODAY);
const MALFORMED_MEMBER = '900000014';

describe('every demo member, with and without each flag', () => {
  const cases = [...members.keys()].flatMap((id) =>
    Object.entries(QUERIES).map(([label, query]) => [id, label, query] as const),
  );

  it.each(cases)('%s (%s) parses with every section ok', (id, _label, query) => {
    const parsed = parsedAnswer(members.get(id)!, query);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data?.userId).toBe(id);
    expect(parsed.data?.customer.ok).toBe(true);
    const groups = parsed.data?.groups;
    if (!Array.isArray(groups)) throw new Error('targetGroups is not a list');
    const failed = groups.filter((g) => !g.ok).map((g) => g.name);
    expect(failed).toEqual(id === MALFORMED_MEMBER ? ['Winter warmers'] : []);
  });
});

describe('the catalog', () => {
  it('lists every member once, with a name and a one-line description', () => {
    expect(DEMO_CATALOG.map((m) => m.userId).sort()).toEqual([...members.keys()].sort());
    for (const summary of DEMO_CATALOG) {
      expect(summary.name.trim()).not.toBe('');
      expect(summary.description).toMatch(/^[^\n]{10,110}$/);
    }
  });

  it('holds the four reference recordings and at least 20 generated members', () => {
    const kinds = [...members.values()].map((m) => m.kind);
    expect(kinds.filter((k) => k === 'recording')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'generated').length).toBeGreaterThanOrEqual(20);
  });
});

describe('determinism', () => {
  it('builds deep-equal members for the same today', () => {
    expect(buildDemoMembers(new Date(TEST_TODAY))).toEqual(members);
  });

  it('moves the periods with today', () => {
    const later = buildDemoMembers(new Date(Date.UTC(2027, 2, 3)));
    expect(later.get('900000001')).not.toEqual(members.get('900000001'));
  });
});

describe('the large member', () => {
  const large = members.get('900000015')!;

  it(`has ${LARGE_MEMBER_GROUPS} groups of ${LARGE_MEMBER_CYCLES} cycles, about 1 MB`, () => {
    const body = wireBody(large, QUERIES.includeInactive!);
    const groups = okGroups(parsedAnswer(large, QUERIES.includeInactive!));
    expect(groups).toHaveLength(60);
    for (const group of groups) expect(group.targets).toHaveLength(24);
    const bytes = Buffer.byteLength(JSON.stringify(body));
    expect(bytes).toBeGreaterThan(900_000);
    expect(bytes).toBeLessThan(1_200_000);
  });

  it('shows one current period per group without includeInactive', () => {
    const groups = okGroups(parsedAnswer(large, QUERIES.default!));
    expect(groups.map((g) => g.targets.length)).toEqual(Array(60).fill(1));
  });
});

describe('coverage across generated members (everything visible)', () => {
  const generated = [...members.values()].filter((m) => m.kind === 'generated');
  const groups = generated.flatMap((m) => okGroups(parsedAnswer(m, QUERIES.both!)));
  const periods = groups.flatMap((g) => g.targets);
  const streaks = groups.flatMap((g) => g.streaks);

  it('has every tracking type, evaluation type and streak status, and unknown values of each', () => {
    const tracking = new Set(groups.map((g) => g.trackingType));
    const evaluation = new Set(groups.map((g) => g.targetEvaluationType));
    const statuses = new Set(streaks.map((s) => s.status));
    for (const known of TRACKING_TYPES) expect(tracking).toContain(known);
    for (const known of TARGET_EVALUATION_TYPES) expect(evaluation).toContain(known);
    for (const known of STREAK_STATUSES) expect(statuses).toContain(known);
    expect(tracking).toContain('TIERED_STREAKS');
    expect(evaluation).toContain('ROLLING_WINDOW');
    expect(statuses).toContain('PAUSED');
  });

  it('names, for every ACHIEVED streak, the target period that completed it and when', () => {
    for (const group of groups) {
      for (const streak of group.streaks.filter((s) => s.status === 'ACHIEVED')) {
        expect(streak.streakAchievedDateTime?.epochMs).toEqual(expect.any(Number));
        const period = group.targets.find((t) => t.targetId === streak.streakAchievedUserTargetId);
        expect(period?.streakAchievedDateTime?.raw).toBe(streak.streakAchievedDateTime?.raw);
      }
    }
    expect(streaks.some((s) => s.status === 'ACHIEVED')).toBe(true);
  });

  it('has over-achieved, exactly met (with its time) and zero-achieved current periods', () => {
    const current = periods.filter((p) => p.currentPeriod);
    expect(current.some((p) => p.targetValue === 2 && p.targetAchievedValue === 7)).toBe(true);
    const exact = current.filter((p) => p.targetValue !== null && p.targetAchievedValue === p.targetValue);
    expect(exact.some((p) => p.targetAchievedDateTime?.epochMs !== null)).toBe(true);
    expect(current.some((p) => p.targetAchievedValue === 0 && p.targetAchievedDateTime === null)).toBe(true);
  });

  it('has milestones reached, not reached, and absent (null)', () => {
    const milestones = periods.flatMap((p) => p.milestones);
    expect(milestones.some((m) => m.isAchieved === true)).toBe(true);
    expect(milestones.some((m) => m.isAchieved === false)).toBe(true);
    const raw = generated.flatMap((m) => JSON.stringify(wireBody(m, QUERIES.both!)));
    expect(raw.some((text) => text.includes('"milestones":null'))).toBe(true);
  });

  it('has alternate-currency targets and points caps', () => {
    const currency = periods.filter((p) => p.targetEntity === 'ALTERNATE_CURRENCIES');
    expect(
      currency.some(
        (p) => p.programId && p.alternateCurrencyIdentifier && p.alternateCurrencyName === 'Stars',
      ),
    ).toBe(true);
    const caps = groups.filter((g) => g.trackingType === 'CAPPING').flatMap((g) => g.targets);
    expect(caps.some((p) => p.targetEntity === 'POINTS' && p.targetType === 'REGULAR_POINTS')).toBe(true);
  });

  it('has daily, weekly and monthly cadences, and past, current and future cycles', () => {
    const lengths = new Set(
      periods.map(
        (p) =>
          Math.round(((p.periodEndDate?.epochMs ?? 0) - (p.periodStartDate?.epochMs ?? 0)) / 86_400_000) + 1,
      ),
    );
    expect(lengths).toContain(1);
    expect(lengths).toContain(7);
    expect([28, 29, 30, 31].some((n) => lengths.has(n))).toBe(true);
    const today = TEST_TODAY.getTime();
    expect(periods.some((p) => (p.periodEndDate?.epochMs ?? 0) < today)).toBe(true);
    expect(periods.some((p) => (p.periodStartDate?.epochMs ?? 0) > today)).toBe(true);
  });

  it('mixes +0000, +0530 and Z timestamps', () => {
    const raw = periods.flatMap((p) => [
      p.enrolledOn?.raw,
      p.targetAchievedDateTime?.raw,
      p.periodStartDateWithTimeStamp?.raw,
    ]);
    expect(raw.some((t) => t?.endsWith('+0000'))).toBe(true);
    expect(raw.some((t) => t?.endsWith('+0530'))).toBe(true);
    expect(raw.some((t) => t?.endsWith('Z'))).toBe(true);
  });

  it('has a member enrolled in nothing and one with a warning beside its data', () => {
    expect(wireBody(members.get('900000011')!, QUERIES.default!).data).toMatchObject({ targetGroups: [] });
    const warned = parsedAnswer(members.get('900000013')!, QUERIES.default!);
    expect(warned.warnings).toEqual([{ code: 9001, message: 'Some targets are still being computed' }]);
    expect(okGroups(warned).length).toBeGreaterThan(0);
  });
});
