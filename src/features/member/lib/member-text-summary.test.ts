import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseMemberTargetsResponse, type GroupSection, type TargetGroup } from '../../../../contract';
import { hasForbiddenText } from '../../../lib/format';
import {
  rawMemberResponse,
  rawMonthlyPeriods,
  rawStreak,
  rawTargetGroup,
  rawTargetPeriod,
} from '../testing/builders';
import { counterLines } from './counter-sentences';
import { memberTextSummary, type TextSummaryInput } from './member-text-summary';

const NOW = Date.UTC(2024, 4, 15);
const options = { locale: 'en-GB', timeZone: 'UTC' };

function groupsOf(targetGroups: unknown[]): GroupSection[] {
  const groups = parseMemberTargetsResponse(rawMemberResponse({ targetGroups })).data?.groups;
  if (!Array.isArray(groups)) throw new Error('groups did not parse');
  return groups;
}

function summary(groups: TextSummaryInput['groups'], extra: Partial<TextSummaryInput> = {}) {
  return memberTextSummary({
    userId: '64035151',
    name: 'Tom Sawyer',
    groups,
    nowMs: NOW,
    asOfMs: Date.UTC(2024, 4, 15, 9, 30),
    options,
    ...extra,
  });
}

function sentenceOf(group: GroupSection, index = 0): string {
  if (!group.ok) throw new Error('unreadable group');
  const line = counterLines(group.group as TargetGroup, NOW, options)[index];
  if (!line) throw new Error('no counter line');
  return line.sentence;
}

describe('memberTextSummary', () => {
  it('names the member, the time of the data, then each group with one line per current target', () => {
    const groups = groupsOf([
      rawTargetGroup(),
      rawTargetGroup({
        id: 2,
        name: 'Points cap',
        trackingType: 'CAPPING',
        targets: [
          rawTargetPeriod({ targetName: 'Points issued', targetValue: 1200, targetAchievedValue: 350 }),
        ],
      }),
    ]);
    const lines = summary(groups, { url: 'https://dash.example/members/64035151' }).split('\n');
    expect(lines).toEqual([
      'Tom Sawyer · Member ID 64035151',
      'Target progress as of 15 May 2024, 09:30',
      '',
      'Spend in May (Standard)',
      `- Spend 8,000, Cycle_1 (1 May 2024 – 31 May 2024): 5,000 of 8,000 (62.5%) · ${sentenceOf(groups[0]!)}`,
      '',
      'Points cap (Cap on points issued)',
      `- Points issued, Cycle_1 (1 May 2024 – 31 May 2024): 350 of 1,200 allowed used · ${sentenceOf(groups[1]!)}`,
      '',
      'https://dash.example/members/64035151',
    ]);
    // The counter sentence says what is left and the time left, as the page's counter does.
    expect(lines[4]).toContain('3,000 more to the target');
    expect(lines[4]).toContain('16 days left in Cycle_1');
  });

  it('leaves out past and upcoming periods, and lists streaks', () => {
    const groups = groupsOf([
      rawTargetGroup({
        name: 'Coffee',
        trackingType: 'STREAKS',
        streaks: [rawStreak()],
        targets: rawMonthlyPeriods(6, 2),
      }),
    ]);
    const text = summary(groups);
    expect(text).toContain('- Spend 8,000, Cycle_3 (1 Mar 2023 – 31 Mar 2023): 5,000 of 8,000 (62.5%)');
    expect(text).not.toContain('Cycle_2');
    expect(text).not.toContain('Cycle_4');
    expect(text).toContain('- Streak Coffee_1: 2 of 5 (In progress)');
  });

  it('says when a group has no current period, could not be read, or there are no groups', () => {
    const groups = groupsOf([
      rawTargetGroup({
        name: 'Old',
        targets: [
          rawTargetPeriod({
            currentPeriod: false,
            periodStartDate: '2020-01-01',
            periodEndDate: '2020-01-31',
            periodStartDateWithTimeStamp: null,
            periodEndDateWithTimeStamp: null,
          }),
        ],
      }),
      rawTargetGroup({ id: 77, name: 'Broken', targets: 'not a list' }),
    ]);
    const text = summary(groups);
    expect(text).toContain('Old (Standard)\n- No current period');
    expect(text).toContain('Broken: could not be read');
    expect(summary([])).toContain('No target groups: this member is not enrolled in any goal.');
    expect(summary({ message: 'targetGroups: expected a list' })).toContain(
      'The target groups could not be read.',
    );
  });

  it('has one line per current period and never a broken figure, whatever the cycles', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cycles: fc.integer({ min: 1, max: 12 }),
            current: fc.nat(11),
            target: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e7 })),
            achieved: fc.integer({ min: 0, max: 1e8 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (shape) => {
          const groups = groupsOf(
            shape.map((g, i) =>
              rawTargetGroup({
                id: i + 1,
                name: `Group ${i + 1}`,
                targets: rawMonthlyPeriods(g.cycles, g.current % g.cycles, {
                  targetValue: g.target,
                  targetAchievedValue: g.achieved,
                }),
              }),
            ),
          );
          const text = summary(groups);
          expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(shape.length);
          expect(hasForbiddenText(text)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
