import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseMemberTargetsResponse } from '../member-targets';
import { streakSchema, targetPeriodSchema } from '../target-groups';
import { extractReferenceExamples } from './extract-examples';

// The reference page as shipped in ../shared/api, copied here so a fresh clone can run the tests.
const markdown = readFileSync(new URL('./get-user-targets.md', import.meta.url), 'utf8');
const examples = extractReferenceExamples(markdown);

describe('the reference page examples', () => {
  it('holds four full responses and two fragments', () => {
    expect(examples.map((e) => e.kind)).toEqual([
      'response',
      'response',
      'response',
      'response',
      'streaks',
      'targetPeriod',
    ]);
  });

  it.each(examples.filter((e) => e.kind === 'response').map((e) => [e.title, e] as const))(
    'parses "%s" with every section intact',
    (_title, example) => {
      const parsed = parseMemberTargetsResponse(example.body);
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).not.toBeNull();
      expect(parsed.data?.customer.ok).toBe(true);
      const groups = parsed.data?.groups;
      expect(Array.isArray(groups)).toBe(true);
      if (!Array.isArray(groups)) return;
      expect(groups.length).toBeGreaterThan(0);
      for (const section of groups) expect(section).toMatchObject({ ok: true });
    },
  );

  it('reads the example member ids as strings', () => {
    const ids = examples
      .filter((e) => e.kind === 'response')
      .map((e) => parseMemberTargetsResponse(e.body).data?.userId);
    expect(ids).toEqual(['64035151', '547528790', '387043873', '387035386']);
  });

  it('parses the streak fragment, achieved with its date', () => {
    const fragment = examples.find((e) => e.kind === 'streaks');
    const streaks = (fragment?.body as unknown[]).map((s) => streakSchema.parse(s));
    expect(streaks[0]).toMatchObject({ streakName: 'test3_1', status: 'ACHIEVED', currentCount: 2 });
    expect(streaks[0]?.streakAchievedDateTime?.epochMs).toBe(Date.UTC(2024, 5, 10, 13, 57, 58));
  });

  it('parses the target fragment: 1000 achieved of 100, with its achieved date', () => {
    const fragment = examples.find((e) => e.kind === 'targetPeriod');
    const period = targetPeriodSchema.parse(fragment?.body);
    expect(period).toMatchObject({ targetValue: 100, targetAchievedValue: 1000, periodRefCode: 'Cycle_2' });
    expect(period.targetAchievedDateTime?.epochMs).toBe(Date.UTC(2024, 5, 10, 13, 56, 27));
  });

  it('keeps the values as sent: decimals, the +0530 offset, null milestones, absent streaks', () => {
    const cyclic = parseMemberTargetsResponse(examples[3]?.body);
    const groups = cyclic.data?.groups;
    if (!Array.isArray(groups) || !groups[0]?.ok) throw new Error('expected parsed groups');
    const group = groups[0].group;
    expect(group.trackingType).toBe('DEFAULT');
    expect(group.targetEvaluationType).toBe('CYCLIC_WINDOW');
    expect(group.streaks).toEqual([]);
    expect(group.targets[0]?.targetId).toBeNull();
    expect(group.targets[0]?.targetValue).toBe(1500);
    expect(group.attribution?.createdOn?.epochMs).toBe(Date.UTC(2024, 6, 1, 14, 45, 57));
  });
});
