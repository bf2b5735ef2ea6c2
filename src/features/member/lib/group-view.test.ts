import { describe, expect, it } from 'vitest';

import { buildTargetGroup, rawTargetPeriod } from '../testing/builders';
import { groupName, groupView } from './group-view';

const now = Date.UTC(2024, 4, 15);

describe('groupView', () => {
  it('describes the group in plain words', () => {
    const view = groupView(buildTargetGroup(), 0, now, { locale: 'en-US' });
    expect(view).toMatchObject({
      key: '871:0',
      name: 'Spend in May',
      tracking: 'Standard',
      evaluation: 'Fixed calendar periods',
      till: 'Any till',
      createdBy: 'naresh silla (Admin user)',
      capping: false,
      streaks: null,
    });
    expect(view.targets).toHaveLength(1);
  });

  it('reads CAPPING groups as caps', () => {
    const view = groupView(
      buildTargetGroup({
        trackingType: 'CAPPING',
        targets: [rawTargetPeriod({ targetValue: 1200, targetAchievedValue: 350 })],
      }),
      0,
      now,
      { locale: 'en-US' },
    );
    expect(view.tracking).toBe('Cap on points issued');
    expect(view.targets[0]?.periods[0]?.valueText).toBe('350 of 1,200 allowed used');
  });

  it('keeps unknown enum values as sent', () => {
    const view = groupView(
      buildTargetGroup({ trackingType: 'LADDER', targetEvaluationType: 'ROLLING' }),
      0,
      now,
    );
    expect([view.tracking, view.evaluation]).toEqual(['LADDER', 'ROLLING']);
  });
});

describe('groupName', () => {
  it('falls back to the id', () => {
    expect(groupName({ name: ' ', id: '851' })).toBe('Target group 851');
    expect(groupName({ name: null, id: null })).toBe('Unnamed target group');
  });
});
