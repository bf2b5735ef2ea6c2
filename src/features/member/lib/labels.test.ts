import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TARGET_ENTITIES, TARGET_EVALUATION_TYPES, TARGET_TYPES, TRACKING_TYPES } from '../../../../contract';
import {
  attributionPartyLabel,
  channelTypeLabel,
  evaluationTypeLabel,
  NOT_SET,
  preferredTillLabel,
  streakStatusLabel,
  targetEntityLabel,
  targetTypeLabel,
  trackingTypeLabel,
  triggerNameLabel,
} from './labels';

describe('enum labels', () => {
  it('says the tracking types in plain words', () => {
    expect(TRACKING_TYPES.map(trackingTypeLabel)).toEqual([
      'Standard',
      'Unified (several targets combined)',
      'Streak',
      'Non-continuous streak',
      'Cap on points issued',
    ]);
  });

  it('says the evaluation types in plain words', () => {
    expect(TARGET_EVALUATION_TYPES.map(evaluationTypeLabel)).toEqual([
      'Fixed calendar periods',
      "Cycles from the member's first activity",
      'No fixed end: resets when reached',
    ]);
  });

  it('has words for every known target type and entity', () => {
    for (const value of [...TARGET_TYPES, ...TARGET_ENTITIES]) {
      const words = TARGET_TYPES.includes(value as never) ? targetTypeLabel(value) : targetEntityLabel(value);
      expect(words).not.toBe(value);
    }
    expect(targetTypeLabel('GROSS_SALES')).toBe('Gross sales');
    expect(targetEntityLabel('LINEITEM')).toBe('Line items');
  });

  it('says streak statuses in words', () => {
    expect(['ACHIEVED', 'INPROGRESS', 'DROPPED'].map(streakStatusLabel)).toEqual([
      'Achieved',
      'In progress',
      'Dropped',
    ]);
  });

  it('shows an unknown value exactly as sent and a missing one as "Not set"', () => {
    expect(trackingTypeLabel('MILESTONES_V2')).toBe('MILESTONES_V2');
    expect(evaluationTypeLabel(null)).toBe(NOT_SET);
    expect(streakStatusLabel('PAUSED')).toBe('PAUSED');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        fc.pre(value.trim() !== '' && !(TRACKING_TYPES as readonly string[]).includes(value));
        return trackingTypeLabel(value) === value;
      }),
    );
  });
});

describe('channelTypeLabel', () => {
  it('names mobile and email, keeps others as sent', () => {
    expect(channelTypeLabel('mobile')).toBe('Mobile');
    expect(channelTypeLabel('EMAIL')).toBe('Email');
    expect(channelTypeLabel('wechat')).toBe('wechat');
    expect(channelTypeLabel(null)).toBe('Channel');
  });
});

describe('preferredTillLabel', () => {
  it('reads -1 as any till', () => {
    expect(preferredTillLabel('-1')).toBe('Any till');
    expect(preferredTillLabel('75077502')).toBe('Till #75077502');
    expect(preferredTillLabel(null)).toBe(NOT_SET);
  });
});

describe('attributionPartyLabel', () => {
  const party = { id: '75122513', code: null, description: null, name: null, type: null };

  it('prefers the name, then the code, then the id', () => {
    expect(attributionPartyLabel({ ...party, name: 'naresh silla', code: 'x', type: 'ADMIN_USER' })).toBe(
      'naresh silla (Admin user)',
    );
    expect(attributionPartyLabel({ ...party, code: 'till.marketsuper', type: 'TILL' })).toBe(
      'till.marketsuper (Till)',
    );
    expect(attributionPartyLabel(party)).toBe('#75122513');
    expect(attributionPartyLabel({ ...party, type: 'ZONE' })).toBe('#75122513 (Zone)');
  });

  it('treats empty strings as missing', () => {
    expect(attributionPartyLabel({ ...party, name: '', code: ' ' })).toBe('#75122513');
  });

  it('says "Unknown" when nothing is known', () => {
    expect(attributionPartyLabel(null)).toBe('Unknown');
    expect(attributionPartyLabel({ ...party, id: null })).toBe('Unknown');
  });
});

describe('triggerNameLabel', () => {
  it('reads targetAchieved as "Target reached"', () => {
    expect(triggerNameLabel('targetAchieved')).toBe('Target reached');
    expect(triggerNameLabel('Halfway')).toBe('Halfway');
    expect(triggerNameLabel(null)).toBe('Milestone');
  });
});
