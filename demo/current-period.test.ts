import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildDemoMembers } from './members';
import { okGroups, parsedAnswer, QUERIES } from './test-support';

const DAY_MS = 86_400_000;

describe('currentPeriod, whatever day the demo runs on', () => {
  it('marks exactly the cycle that holds today, per target, and no other', () => {
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (today) => {
        const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
        for (const record of buildDemoMembers(today).values()) {
          // The large member repeats the same generator 60 times: skipped to keep the run short.
          if (record.kind !== 'generated' || record.userId === '900000015') continue;
          for (const group of okGroups(parsedAnswer(record, QUERIES.both!))) {
            const rules = new Set(group.targets.map((t) => t.targetRuleId));
            for (const rule of rules) {
              const periods = group.targets.filter((t) => t.targetRuleId === rule);
              const current = periods.filter((p) => p.currentPeriod);
              expect(current.length).toBeLessThanOrEqual(1);
              for (const p of periods) {
                const start = p.periodStartDate?.epochMs ?? NaN;
                const end = (p.periodEndDate?.epochMs ?? NaN) + DAY_MS - 1;
                expect(p.currentPeriod).toBe(start <= midnight && midnight <= end);
              }
            }
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
