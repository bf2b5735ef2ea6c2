import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseTargetGroup } from '../../../../contract';
import { hasForbiddenText } from '../../../lib/format';
import { buildTargetGroup, rawMilestone, rawTargetGroup, rawTargetPeriod } from '../testing/builders';
import { counterLines, counterSentences, memberCounterSummary } from './counter-sentences';

// The builders' period is May 2024 (Cycle_1, flagged current): 25 May at noon is 79 % through it.
const now = new Date('2024-05-25T12:00:00Z');
const gb = { locale: 'en-GB', timeZone: 'UTC' } as const;
const sentences = (
  overrides: Record<string, unknown>,
  groupOverrides: Record<string, unknown> = {},
  at = now,
) =>
  counterSentences(
    buildTargetGroup({ targets: [rawTargetPeriod(overrides)], ...groupOverrides }),
    at,
    gb.locale,
    gb.timeZone,
  );

const purchases = { targetType: 'COUNT', targetEntity: 'TRANSACTION', targetName: 'Buy 15' };

describe('counterSentences', () => {
  it('says what is left to the next milestone and the target, the days left and the pace', () => {
    expect(
      sentences({
        ...purchases,
        periodRefCode: 'Cycle_3',
        targetValue: 15,
        targetAchievedValue: 12,
        milestones: [rawMilestone({ triggerName: 'Gold', triggerValue: 14 })],
      }),
    ).toEqual([
      'Buy 15: 2 more purchases to Gold · 3 more to the target · 6 days left in Cycle_3 · at this pace, 15 by 31 May',
    ]);
  });

  it('says what is needed per day, and "At risk" in words when the pace falls short', () => {
    expect(sentences({ ...purchases, targetValue: 20, targetAchievedValue: 11 })).toEqual([
      'Buy 15: At risk · 9 more purchases to the target · 6 days left in Cycle_1 · needs 1.5 a day to make it',
    ]);
  });

  it('reads amounts without a noun for sales', () => {
    expect(sentences({})).toEqual([
      'Spend 8,000: At risk · 3,000 more to the target · 6 days left in Cycle_1 · needs 500 a day to make it',
    ]);
  });

  it('says when the target was reached, with the percentage past 100', () => {
    expect(
      sentences({
        ...purchases,
        targetValue: 2,
        targetAchievedValue: 7,
        targetAchievedDateTime: '2024-05-12T10:00:00.000+0000',
      }),
    ).toEqual(['Buy 15: Target reached on 12 May (350%)']);
    expect(sentences({ ...purchases, targetValue: 2, targetAchievedValue: 2 })).toEqual([
      'Buy 15: Target reached (100%)',
    ]);
  });

  it('reads a cap as what is still allowed, never as a goal', () => {
    const cap = {
      targetType: 'REGULAR_POINTS',
      targetEntity: 'POINTS',
      targetName: 'Points cap',
      targetValue: 1200,
    };
    expect(sentences({ ...cap, targetAchievedValue: 350 }, { trackingType: 'CAPPING' })).toEqual([
      'Points cap: Cap: 850 of 1,200 points still allowed · 6 days left in Cycle_1',
    ]);
    expect(sentences({ ...cap, targetAchievedValue: 1200 }, { trackingType: 'CAPPING' })).toEqual([
      'Points cap: Cap reached: 1,200 points used · 6 days left in Cycle_1',
    ]);
  });

  it('names an alternate currency, visits and points', () => {
    expect(
      sentences({
        targetType: 'REGULAR',
        targetEntity: 'ALTERNATE_CURRENCIES',
        alternateCurrencyName: 'Stars',
        targetName: 'Earn 500 Stars',
        targetValue: 500,
        targetAchievedValue: 450,
      })[0],
    ).toMatch(/^Earn 500 Stars: 50 more Stars to the target · /);
    expect(
      sentences({ targetType: 'VISIT', targetName: 'Visit', targetValue: 5, targetAchievedValue: 4 })[0],
    ).toMatch(/^Visit: 1 more visit to the target · 6 days left in Cycle_1/);
  });

  it('counts the days down to "1 day left", "ends today" and "has ended", never below 0', () => {
    const base = { ...purchases, targetValue: 15, targetAchievedValue: 14 };
    expect(sentences(base, {}, new Date('2024-05-30T09:00:00Z'))[0]).toContain('1 day left in Cycle_1');
    expect(sentences(base, {}, new Date('2024-05-31T09:00:00Z'))[0]).toContain('Cycle_1 ends today');
    expect(sentences(base, {}, new Date('2024-05-31T09:00:00Z'))[0]).toContain(
      'needs 1 more today to make it',
    );
    expect(sentences(base, {}, new Date('2024-06-02T09:00:00Z'))[0]).toBe(
      'Buy 15: At risk · 1 more purchase to the target · Cycle_1 has ended',
    );
  });

  it('honours the offsets the API gives for the period bounds', () => {
    const india = {
      ...purchases,
      targetValue: 15,
      targetAchievedValue: 14,
      periodStartDateWithTimeStamp: '2024-05-01T00:00:00.000+0530',
      periodEndDateWithTimeStamp: '2024-05-31T23:59:59.000+0530',
    };
    // 20:00 UTC on 31 May is past 23:59:59 +05:30 (18:29:59 UTC) …
    expect(sentences(india, {}, new Date('2024-05-31T20:00:00Z'))[0]).toContain('Cycle_1 has ended');
    // … but not past the same clock time in UTC.
    expect(
      sentences(
        { ...india, periodEndDateWithTimeStamp: '2024-05-31T23:59:59.000Z' },
        {},
        new Date('2024-05-31T20:00:00Z'),
      )[0],
    ).toContain('Cycle_1 ends today');
  });

  it('reads the days left in the browser time zone', () => {
    const group = buildTargetGroup({
      targets: [rawTargetPeriod({ ...purchases, targetValue: 15, targetAchievedValue: 14 })],
    });
    // 02:00 UTC on 26 May is still 25 May in New York: 6 days left there, 5 in UTC.
    const at = new Date('2024-05-26T02:00:00Z');
    expect(counterSentences(group, at, 'en-US', 'America/New_York')[0]).toContain('6 days left');
    expect(counterSentences(group, at, 'en-US', 'UTC')[0]).toContain('5 days left');
  });

  it('formats figures and dates in the given locale', () => {
    const group = buildTargetGroup({
      targets: [
        rawTargetPeriod({
          targetValue: 2,
          targetAchievedValue: 7,
          targetAchievedDateTime: '2024-05-12T10:00:00Z',
        }),
      ],
    });
    expect(counterSentences(group, now, 'en-US', 'UTC')).toEqual([
      'Spend 8,000: Target reached on May 12 (350%)',
    ]);
    expect(counterSentences(group, now, 'de-DE', 'UTC')[0]).toContain('12. Mai');
  });

  it('says "so far" when no target is set, and nothing for a group with no current period', () => {
    expect(sentences({ ...purchases, targetValue: 0, targetAchievedValue: 7 })).toEqual([
      'Buy 15: 7 purchases so far (no target set) · 6 days left in Cycle_1',
    ]);
    expect(
      sentences({
        currentPeriod: false,
        periodEndDate: '2024-04-30',
        periodEndDateWithTimeStamp: null,
        periodStartDate: '2024-04-01',
        periodStartDateWithTimeStamp: null,
      }),
    ).toEqual([]);
  });

  it('gives one sentence per target with a current period', () => {
    const group = buildTargetGroup({
      targets: [
        rawTargetPeriod({ targetRuleId: 1, targetName: 'Spend', targetValue: 100, targetAchievedValue: 100 }),
        rawTargetPeriod({
          targetRuleId: 2,
          targetName: 'Visit',
          targetType: 'VISIT',
          targetValue: 4,
          targetAchievedValue: 4,
        }),
      ],
    });
    expect(counterSentences(group, now, 'en-GB', 'UTC')).toEqual([
      'Spend: Target reached (100%)',
      'Visit: Target reached (100%)',
    ]);
  });

  it('names a milestone above the target once the target is met, and a milestone named by a number', () => {
    expect(
      sentences({
        ...purchases,
        targetValue: 10,
        targetAchievedValue: 11,
        milestones: [rawMilestone({ triggerName: 'Platinum', triggerValue: 15 })],
      }),
    ).toEqual(['Buy 15: Target reached (110%) · 4 more purchases to Platinum']);
    expect(
      sentences({
        ...purchases,
        targetValue: 10,
        targetAchievedValue: 9,
        milestones: [
          rawMilestone({ triggerName: '3', triggerValue: 3 }),
          rawMilestone({ triggerName: '9.5', triggerValue: 9.5 }),
        ],
      })[0],
    ).toMatch(/^Buy 15: 0\.5 more purchases to milestone 9\.5 · 1 more to the target/);
  });
});

describe('memberCounterSummary', () => {
  it('leads each line with the group, and the target when its name differs; skips unreadable groups', () => {
    const sections = [
      rawTargetGroup({
        id: 1,
        name: 'Spend in May',
        targets: [rawTargetPeriod({ targetName: 'Spend in May' })],
      }),
      rawTargetGroup({ id: 2, name: 'Broken', targets: [rawTargetPeriod({ targetValue: 'lots' })] }),
      rawTargetGroup({
        id: 3,
        name: 'Visits',
        targets: [
          rawTargetPeriod({
            targetName: 'Four visits',
            targetType: 'VISIT',
            targetValue: 4,
            targetAchievedValue: 4,
          }),
        ],
      }),
    ].map(parseTargetGroup);
    expect(memberCounterSummary(sections, now, 'en-GB', 'UTC')).toEqual([
      'Spend in May: At risk · 3,000 more to the target · 6 days left in Cycle_1 · needs 500 a day to make it',
      'Visits — Four visits: Target reached (100%)',
    ]);
  });

  it('takes a plain list of groups too, and nothing from a list that could not be read', () => {
    expect(memberCounterSummary([buildTargetGroup()], now, 'en-GB', 'UTC')).toHaveLength(1);
    expect(memberCounterSummary({ message: 'targetGroups: expected a list' }, now)).toEqual([]);
  });
});

describe('counterLines (property)', () => {
  const value = fc.oneof(
    fc.integer({ min: -5, max: 100_000 }),
    fc.double({ min: 0, max: 1e9, noNaN: true }),
    fc.constant(null),
  );
  const day = fc
    .integer({ min: 0, max: 400 })
    .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

  it('never shows NaN, Infinity or negative days, and is at risk only when not met', () => {
    fc.assert(
      fc.property(
        value,
        value,
        day,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -30, max: 400 }),
        fc.boolean(),
        (achieved, target, start, length, nowDay, capping) => {
          const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
          const group = buildTargetGroup({
            trackingType: capping ? 'CAPPING' : 'DEFAULT',
            targets: [
              rawTargetPeriod({
                targetAchievedValue: achieved,
                targetValue: target,
                periodStartDate: start,
                periodEndDate: end,
                periodStartDateWithTimeStamp: `${start}T00:00:00.000Z`,
                periodEndDateWithTimeStamp: `${end}T23:59:59.000Z`,
                milestones: [
                  rawMilestone({ triggerValue: 50, triggerValueType: 'PERCENTAGE', triggerName: 'Half' }),
                ],
              }),
            ],
          });
          const at = Date.UTC(2024, 0, 1) + nowDay * 86_400_000 + 43_200_000;
          for (const line of counterLines(group, at, gb)) {
            expect(hasForbiddenText(line.sentence)).toBe(false);
            expect(line.sentence).not.toMatch(/-\d+ days?/);
            expect(line.daysLeft).toBeGreaterThanOrEqual(0);
            if (line.atRisk) expect(line.met).toBe(false);
            if (line.capping) expect(line.atRisk).toBe(false);
          }
        },
      ),
    );
  });
});
