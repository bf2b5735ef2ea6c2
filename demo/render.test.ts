import { describe, expect, it } from 'vitest';

import { buildDemoMembers } from './members';
import type { TargetQuery } from './model';
import { okGroups, parsedAnswer, QUERIES, TEST_TODAY, wireBody } from './test-support';

const members = buildDemoMembers(TEST_TODAY);
const member = (id: string) => members.get(id)!;
const groupsOf = (id: string, query: TargetQuery) => okGroups(parsedAnswer(member(id), query));
const periodCount = (id: string, query: TargetQuery) =>
  groupsOf(id, query).reduce((n, g) => n + g.targets.length, 0);

describe('includeInactive (900000001 Asha Rao)', () => {
  it('without it, each target shows only its current period', () => {
    const groups = groupsOf('900000001', QUERIES.default!);
    expect(groups.map((g) => g.targets.map((t) => t.currentPeriod))).toEqual([[true], [true], [true]]);
  });

  it('with it, every cycle: past, current and future', () => {
    expect(periodCount('900000001', QUERIES.default!)).toBe(3);
    expect(periodCount('900000001', QUERIES.includeInactive!)).toBe(23);
    const spend = groupsOf('900000001', QUERIES.includeInactive!)[0]!;
    expect(spend.targets.map((t) => t.periodRefCode)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Cycle_${i + 1}`),
    );
    expect(spend.targets.filter((t) => t.currentPeriod)).toHaveLength(1);
  });

  it('a target with no current cycle shows nothing without it (900000016)', () => {
    const byName = (q: TargetQuery) =>
      new Map(groupsOf('900000016', q).map((g) => [g.name, g.targets.length]));
    expect(byName(QUERIES.default!)).toEqual(
      new Map([
        ['Back-to-school double', 0],
        ['New year kick-off', 0],
        ['Everyday coffee', 1],
      ]),
    );
    expect(byName(QUERIES.includeInactive!)).toEqual(
      new Map([
        ['Back-to-school double', 5],
        ['New year kick-off', 3],
        ['Everyday coffee', 7],
      ]),
    );
  });
});

describe('includeInactiveTargets', () => {
  it('adds Asha Rao’s retired group and her deactivated milestone', () => {
    const names = (q: TargetQuery) => groupsOf('900000001', q).map((g) => g.name);
    expect(names(QUERIES.default!)).not.toContain('Monsoon double visits (retired)');
    expect(names(QUERIES.includeInactiveTargets!)).toContain('Monsoon double visits (retired)');
    const milestones = (q: TargetQuery) => groupsOf('900000001', q)[0]!.targets[0]!.milestones;
    expect(milestones(QUERIES.default!).map((m) => m.triggerName)).toEqual(['Halfway', 'targetAchieved']);
    expect(milestones(QUERIES.includeInactiveTargets!)).toContainEqual(
      expect.objectContaining({ triggerName: 'Early bird ₹1,000', isActive: false }),
    );
  });

  it('adds a deactivated target inside an active group (900000023)', () => {
    const targetNames = (q: TargetQuery) => groupsOf('900000023', q)[0]!.targets.map((t) => t.targetName);
    expect(targetNames(QUERIES.default!)).not.toContain('Bring your own bag');
    expect(targetNames(QUERIES.includeInactiveTargets!)).toContain('Bring your own bag');
  });

  it('never shows an inactive milestone without it, for any member', () => {
    for (const record of members.values()) {
      const milestones = okGroups(parsedAnswer(record, QUERIES.includeInactive!)).flatMap((g) =>
        g.targets.flatMap((t) => t.milestones),
      );
      expect(milestones.filter((m) => m.isActive === false)).toEqual([]);
    }
  });
});

describe('targetRuleId', () => {
  it('keeps only that target and drops the other groups', () => {
    const coffeeRule = groupsOf('900000001', QUERIES.default!)[1]!.targets[0]!.targetRuleId!;
    const groups = groupsOf('900000001', { ...QUERIES.includeInactive!, targetRuleId: coffeeRule });
    expect(groups.map((g) => g.name)).toEqual(['Coffee club: a visit every week']);
    expect(groups[0]!.targets.every((t) => t.targetRuleId === coffeeRule)).toBe(true);
  });

  it('leaves no groups for an unknown rule', () => {
    expect(groupsOf('900000001', { ...QUERIES.default!, targetRuleId: '424242' })).toEqual([]);
  });
});

describe('reference recordings', () => {
  it('are served verbatim whatever the flags say', () => {
    for (const id of ['64035151', '547528790', '387043873', '387035386']) {
      const bodies = Object.values(QUERIES).map((q) => wireBody(member(id), q));
      for (const body of bodies) expect(body).toEqual(bodies[0]);
    }
  });

  it('are still filtered by targetRuleId', () => {
    const groups = groupsOf('64035151', { ...QUERIES.default!, targetRuleId: '427' });
    expect(groups.map((g) => g.id)).toEqual(['851']);
    expect(groups[0]!.targets).toHaveLength(2);
  });
});
