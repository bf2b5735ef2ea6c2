import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { targetPeriodSchema } from '../../../../contract';
import { groupTargets } from '../lib/group-targets';
import { targetView } from '../lib/period-view';
import { rawMilestone, rawTargetPeriod } from '../testing/builders';
import { PeriodItem } from './period-item';

const now = Date.UTC(2024, 4, 15);

function periodOf(overrides: Record<string, unknown>, capping = false) {
  const [track] = groupTargets([targetPeriodSchema.parse(rawTargetPeriod(overrides))]);
  const period = targetView(track!, now, { locale: 'en-US', timeZone: 'UTC', capping }).periods[0]!;
  return period;
}

function renderItem(overrides: Record<string, unknown>, capping = false) {
  render(
    <ul>
      <PeriodItem period={periodOf(overrides, capping)} capping={capping} />
    </ul>,
  );
  return screen.getAllByRole('listitem')[0]!;
}

describe('PeriodItem', () => {
  it('shows the current period with its figures and a named progressbar', () => {
    const item = renderItem({});
    expect(item).toHaveTextContent('Current period');
    expect(item).toHaveTextContent('5,000 of 8,000 (62.5%)');
    const bar = within(item).getByRole('progressbar', {
      name: 'Spend 8,000, Cycle_1 (May 1, 2024 – May 31, 2024)',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '5000');
    expect(bar).toHaveAttribute('aria-valuemax', '8000');
    expect(bar).toHaveAttribute('aria-valuetext', '5,000 of 8,000 (62.5%)');
    expect(item.className).toContain('border-accent');
  });

  it('says past and upcoming in words', () => {
    expect(
      renderItem({
        currentPeriod: false,
        periodStartDateWithTimeStamp: '2024-01-01T00:00:00Z',
        periodEndDateWithTimeStamp: '2024-01-31T00:00:00Z',
      }),
    ).toHaveTextContent('Past');
  });

  it('celebrates a met target and says when it was reached', () => {
    const item = renderItem({
      targetValue: 2,
      targetAchievedValue: 7,
      targetAchievedDateTime: '2024-06-10T13:56:27.000+0000',
    });
    expect(item).toHaveTextContent('Target met');
    expect(item).toHaveTextContent('7 of 2 (350%)');
    expect(item).toHaveTextContent('Reached on Jun 10, 2024');
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  });

  it('reads a cap as a cap, without celebrating', () => {
    const item = renderItem({ targetValue: 1200, targetAchievedValue: 1200 }, true);
    expect(item).toHaveTextContent('1,200 of 1,200 allowed used');
    expect(item).toHaveTextContent('Cap reached');
    expect(item).not.toHaveTextContent('Target met');
    expect(within(item).getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '1,200 of 1,200 allowed used',
    );
  });

  it('handles a target of 0 without broken figures', () => {
    const item = renderItem({ targetValue: 0, targetAchievedValue: 7 });
    expect(item).toHaveTextContent('7 achieved (no target set)');
    expect(within(item).getByRole('progressbar')).toHaveAttribute('aria-valuemax', '0');
    expect(item.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('lists milestones and draws their markers', () => {
    const item = renderItem({
      targetValue: 10,
      targetAchievedValue: 4,
      milestones: [
        rawMilestone({ id: 1, triggerName: '3', triggerValue: 3 }),
        rawMilestone({ id: 2, triggerName: '5', triggerValue: 5 }),
      ],
    });
    expect(item).toHaveTextContent('3 at 3 Reached');
    expect(item).toHaveTextContent('5 at 5 1 to go');
    expect(item.querySelectorAll('[data-marker]')).toHaveLength(2);
  });
});
