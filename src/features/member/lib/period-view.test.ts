import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hasForbiddenText } from '../../../lib/format';
import { buildTargetPeriod, rawMilestone, rawMonthlyPeriods, rawTargetPeriod } from '../testing/builders';
import { targetPeriodSchema } from '../../../../contract';
import { groupTargets } from './group-targets';
import { currencyOf, currentFirst, periodDateRange, periodLabel, targetView } from './period-view';

const options = { locale: 'en-GB', timeZone: 'UTC', capping: false };
const now = Date.UTC(2030, 0, 1);

function viewOf(raws: Record<string, unknown>[], capping = false) {
  const [track] = groupTargets(raws.map((raw) => targetPeriodSchema.parse(raw)));
  if (!track) throw new Error('no target');
  return targetView(track, now, { ...options, capping });
}

describe('periodDateRange and periodLabel', () => {
  it('joins the plain dates with an en dash', () => {
    expect(periodDateRange(buildTargetPeriod(), options)).toBe('1 May 2024 – 31 May 2024');
  });

  it('names the bar "<target>, <ref> (<start> – <end>)", without a ref just the dates', () => {
    expect(periodLabel('Spend', 'Cycle_3', '1 May 2024 – 31 May 2024', 0)).toBe(
      'Spend, Cycle_3 (1 May 2024 – 31 May 2024)',
    );
    expect(periodLabel('Spend', null, '1 May 2024 – 31 May 2024', 0)).toBe('Spend, 1 May 2024 – 31 May 2024');
    expect(periodLabel('Spend', ' ', null, 2)).toBe('Spend, period 3');
  });
});

describe('currencyOf', () => {
  it('names the alternate currency', () => {
    expect(currencyOf(buildTargetPeriod({ alternateCurrencyName: 'Stars' }))).toBe('Stars');
    expect(
      currencyOf(
        buildTargetPeriod({ targetEntity: 'ALTERNATE_CURRENCIES', alternateCurrencyIdentifier: 'STAR_01' }),
      ),
    ).toBe('STAR_01');
    expect(currencyOf(buildTargetPeriod())).toBeNull();
  });
});

describe('targetView', () => {
  it('gives every period its label, figures and state', () => {
    const view = viewOf(rawMonthlyPeriods(3, 1));
    expect(view.kind).toBe('Sales · Transactions');
    expect(view.periods.map((p) => [p.label, p.valueText, p.stateLabel, p.outcome])).toEqual([
      ['Spend 8,000, Cycle_1 (1 Jan 2023 – 31 Jan 2023)', '8,000 of 8,000 (100%)', 'Past', 'met'],
      [
        'Spend 8,000, Cycle_2 (1 Feb 2023 – 28 Feb 2023)',
        '5,000 of 8,000 (62.5%)',
        'Current period',
        'in-progress',
      ],
      ['Spend 8,000, Cycle_3 (1 Mar 2023 – 31 Mar 2023)', '0 of 8,000 (0%)', 'Upcoming', 'upcoming'],
    ]);
  });

  it('says when the target was reached', () => {
    const view = viewOf([rawTargetPeriod({ targetAchievedDateTime: '2024-06-10T13:56:27.000+0000' })]);
    expect(view.periods[0]?.reachedOn).toBe('Reached on 10 Jun 2024');
  });

  it('reads a capping target as a cap', () => {
    const view = viewOf([rawTargetPeriod({ targetValue: 1200, targetAchievedValue: 1200 })], true);
    expect(view.periods[0]).toMatchObject({ valueText: '1,200 of 1,200 allowed used', capReached: true });
  });

  it('names the currency in figures and milestones', () => {
    const view = viewOf([
      rawTargetPeriod({
        alternateCurrencyName: 'Stars',
        targetValue: 10,
        targetAchievedValue: 4,
        milestones: [rawMilestone({ triggerName: 'Half', triggerValue: 5 })],
      }),
    ]);
    expect(view.periods[0]?.valueText).toBe('4 of 10 Stars (40%)');
    expect(view.periods[0]?.milestones[0]).toMatchObject({
      name: 'Half',
      valueText: 'at 5 Stars',
      statusText: '1 Stars to go',
      marker: true,
    });
  });

  it('describes percentage milestones and reached ones', () => {
    const view = viewOf([
      rawTargetPeriod({
        targetValue: 1000,
        targetAchievedValue: 600,
        milestones: [
          rawMilestone({ id: 1, triggerName: 'Half', triggerValue: 50, triggerValueType: 'PERCENTAGE' }),
          rawMilestone({ id: 2, triggerName: 'targetAchieved', triggerValue: 1000 }),
        ],
      }),
    ]);
    expect(view.periods[0]?.milestones.map((m) => [m.name, m.valueText, m.statusText])).toEqual([
      ['Half', 'at 50% of the target (500)', 'Reached'],
      ['Target reached', 'at 1,000', '400 to go'],
    ]);
  });

  it('never shows a broken value, whatever the numbers (property)', () => {
    const n = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    fc.assert(
      fc.property(
        n,
        n,
        n,
        fc.boolean(),
        fc.option(fc.boolean()),
        (target, achieved, trigger, capping, current) => {
          const view = viewOf(
            [
              rawTargetPeriod({
                targetValue: target,
                targetAchievedValue: achieved,
                currentPeriod: current,
                milestones: [rawMilestone({ triggerValue: trigger })],
              }),
            ],
            capping,
          );
          const period = view.periods[0]!;
          const texts = [
            period.label,
            period.valueText,
            period.stateLabel,
            ...period.milestones.flatMap((m) => [m.name, m.valueText, m.statusText]),
          ];
          for (const text of texts) expect(hasForbiddenText(text)).toBe(false);
        },
      ),
    );
  });
});

describe('currentFirst', () => {
  it('puts the current period first and keeps the rest in order', () => {
    const view = viewOf(rawMonthlyPeriods(5, 3));
    expect(currentFirst(view.periods).map((p) => p.refCode)).toEqual([
      'Cycle_4',
      'Cycle_1',
      'Cycle_2',
      'Cycle_3',
      'Cycle_5',
    ]);
  });
});
