import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseTargetGroup } from '../../../../contract';
import { rawMilestone, rawTargetGroup, rawTargetPeriod } from '../testing/builders';
import {
  applyTriage,
  summaryText,
  trackingOptions,
  triageItems,
  triageSummary,
  type TriageParams,
} from './triage';

// 25 May 2024 at noon: 79 % of the builders' May period has passed.
const now = Date.UTC(2024, 4, 25, 12);
const gb = { locale: 'en-GB', timeZone: 'UTC' };
const period = (overrides: Record<string, unknown>) => rawTargetPeriod({ targetType: 'COUNT', ...overrides });

// Programme order: behind (at risk), met, nearly there (on track), a cap, an unreadable group, a past-only group.
const sections = [
  rawTargetGroup({ id: 1, name: 'Behind', targets: [period({ targetValue: 20, targetAchievedValue: 5 })] }),
  rawTargetGroup({
    id: 2,
    name: 'Done',
    trackingType: 'STREAKS',
    targets: [period({ targetValue: 4, targetAchievedValue: 4 })],
  }),
  rawTargetGroup({
    id: 3,
    name: 'Nearly',
    targets: [
      period({
        targetValue: 10,
        targetAchievedValue: 9,
        milestones: [rawMilestone({ triggerName: 'Gold', triggerValue: 12 })],
      }),
    ],
  }),
  rawTargetGroup({
    id: 4,
    name: 'Cap',
    trackingType: 'CAPPING',
    targets: [period({ targetValue: 100, targetAchievedValue: 10 })],
  }),
  rawTargetGroup({ id: 5, name: 'Broken', targets: [period({ targetValue: 'lots' })] }),
  rawTargetGroup({
    id: 6,
    name: 'Over',
    targets: [
      period({
        currentPeriod: false,
        periodStartDate: '2024-04-01',
        periodEndDate: '2024-04-30',
        periodStartDateWithTimeStamp: null,
        periodEndDateWithTimeStamp: null,
      }),
    ],
  }),
].map(parseTargetGroup);

const items = triageItems(sections, now, gb);
const names = (params: Partial<TriageParams>) =>
  applyTriage(items, { filter: 'all', sort: 'programme', tracking: null, ...params })
    .filter((item) => item.visible)
    .map((item) => (item.section.ok ? item.section.group.name : `failed ${item.index}`));

describe('triage', () => {
  it('knows which groups are at risk, met this period and current', () => {
    expect(
      items.map((item) => item.triage && [item.triage.atRisk, item.triage.completed, item.triage.hasCurrent]),
    ).toEqual([
      [true, false, true],
      [false, true, true],
      [false, false, true],
      [false, false, true],
      null,
      [false, false, false],
    ]);
  });

  it('summarises all groups, whatever the filters: "6 groups · 1 met this period · 1 at risk"', () => {
    expect(summaryText(triageSummary(items))).toBe('6 groups · 1 met this period · 1 at risk');
    expect(summaryText({ groups: 1, met: 0, atRisk: 0 })).toBe('1 group · 0 met this period · 0 at risk');
  });

  it('filters, keeping an unreadable group in every view', () => {
    expect(names({})).toEqual(['Behind', 'Done', 'Nearly', 'Cap', 'failed 4', 'Over']);
    expect(names({ filter: 'at-risk' })).toEqual(['Behind', 'failed 4']);
    expect(names({ filter: 'completed' })).toEqual(['Done', 'failed 4']);
    expect(names({ filter: 'current' })).toEqual(['Behind', 'Done', 'Nearly', 'Cap', 'failed 4']);
    expect(names({ tracking: 'STREAKS' })).toEqual(['Done', 'failed 4']);
    expect(names({ tracking: 'CAPPING', filter: 'at-risk' })).toEqual(['failed 4']);
  });

  it('sorts by nearness to the next milestone or target, and by risk, unreadable groups last', () => {
    // Nearly: 1 of 10 missing (10 %); Behind: 15 of 20 (75 %); Done is past its target with nothing ahead.
    expect(names({ sort: 'nearest' })).toEqual(['Nearly', 'Behind', 'Done', 'Cap', 'Over', 'failed 4']);
    expect(names({ sort: 'risk' })).toEqual(['Behind', 'Nearly', 'Done', 'Cap', 'Over', 'failed 4']);
  });

  it('offers the tracking types present, in words', () => {
    expect(trackingOptions(items)).toEqual([
      { value: 'DEFAULT', label: 'Standard' },
      { value: 'STREAKS', label: 'Streak' },
      { value: 'CAPPING', label: 'Cap on points issued' },
    ]);
  });

  it('keeps every group exactly once whatever the sort and filter (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('all', 'at-risk', 'completed', 'current' as const),
        fc.constantFrom('programme', 'nearest', 'risk' as const),
        fc.constantFrom(null, 'DEFAULT', 'STREAKS', 'UNKNOWN'),
        (filter, sort, tracking) => {
          const result = applyTriage(items, { filter, sort, tracking } as TriageParams);
          expect(result.map((item) => item.key).sort()).toEqual(items.map((item) => item.key).sort());
          for (const item of result) {
            if (item.visible && filter === 'at-risk' && item.triage) expect(item.triage.atRisk).toBe(true);
            if (item.triage?.atRisk) expect(item.triage.completed).toBe(false);
          }
        },
      ),
    );
  });
});
