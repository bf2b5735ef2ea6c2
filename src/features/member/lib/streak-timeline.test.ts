import { describe, expect, it } from 'vitest';

import { buildTargetGroup, rawStreak, rawTargetPeriod } from '../testing/builders';
import { groupView } from './group-view';
import { streakTimeline } from './streak-timeline';

const options = { locale: 'en-GB', timeZone: 'UTC' };
const now = Date.UTC(2024, 3, 19, 12);

const day = (d: string, extra: Record<string, unknown> = {}) =>
  rawTargetPeriod({
    targetId: Number(d.replaceAll('-', '')),
    periodRefCode: `Day_${d}`,
    periodStartDate: d,
    periodEndDate: d,
    periodStartDateWithTimeStamp: `${d}T00:00:00.000Z`,
    periodEndDateWithTimeStamp: `${d}T23:59:59.000Z`,
    targetValue: 1,
    targetAchievedValue: 0,
    targetName: 'Coffee',
    targetRuleId: 443,
    currentPeriod: false,
    ...extra,
  });

describe('streak timeline', () => {
  const group = buildTargetGroup({
    trackingType: 'STREAKS',
    targets: [
      day('2024-04-20'),
      day('2024-04-17', { targetAchievedValue: 1 }),
      day('2024-04-18'),
      day('2024-04-19', { currentPeriod: true }),
    ],
    streaks: [rawStreak({ streakName: 'Coffee_1', currentCount: 2, totalTargetCountOfSequence: 5 })],
  });
  const view = groupView(group, 0, now, options);

  it('lists the periods by start, each met, missed, in progress or upcoming', () => {
    expect(view.streaks?.timeline.map((e) => [e.label, e.outcomeLabel])).toEqual([
      ['Day_2024-04-17', 'Met'],
      ['Day_2024-04-18', 'Missed'],
      ['Day_2024-04-19', 'In progress'],
      ['Day_2024-04-20', 'Upcoming'],
    ]);
  });

  it('summarises each streak', () => {
    expect(view.streaks?.items).toEqual([
      { key: '5', name: 'Coffee_1', status: 'In progress', count: '2 of 5', achieved: null },
    ]);
  });

  it('names the period and date that completed a streak', () => {
    const achieved = groupView(
      buildTargetGroup({
        targets: [day('2024-04-17', { targetAchievedValue: 1 })],
        streaks: [
          rawStreak({
            status: 'ACHIEVED',
            streakAchievedUserTargetId: 20240417,
            streakAchievedDateTime: '2024-06-10T13:57:58.000+0000',
          }),
        ],
      }),
      0,
      now,
      options,
    );
    expect(achieved.streaks?.items[0]).toMatchObject({
      status: 'Achieved',
      achieved: 'Completed in Day_2024-04-17 on 10 Jun 2024',
    });
  });

  it('shows an unknown status as sent and reads missing counts', () => {
    const other = groupView(
      buildTargetGroup({
        streaks: [
          rawStreak({
            status: 'PAUSED',
            currentCount: null,
            totalTargetCountOfSequence: 3,
            streakAchievedUserTargetId: 99,
          }),
        ],
      }),
      0,
      now,
      options,
    );
    expect(other.streaks?.items[0]).toMatchObject({
      status: 'PAUSED',
      count: '0 of 3',
      achieved: 'Completed in target period #99',
    });
  });

  it('prefixes the target name when a group has several targets', () => {
    const twoTargets = groupView(
      buildTargetGroup({
        targets: [
          day('2024-04-17'),
          day('2024-04-17', { targetRuleId: 444, targetName: 'Photo', targetId: 1 }),
        ],
        streaks: [rawStreak()],
      }),
      0,
      now,
      options,
    );
    expect(twoTargets.streaks?.timeline.map((e) => e.label)).toEqual([
      'Coffee: Day_2024-04-17',
      'Photo: Day_2024-04-17',
    ]);
  });

  it('is empty for no targets', () => {
    expect(streakTimeline([])).toEqual([]);
  });
});
