import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { targetPeriodSchema } from '../../../../contract';
import { groupTargets } from '../lib/group-targets';
import { targetView } from '../lib/period-view';
import { rawMilestone, rawMonthlyPeriods } from '../testing/builders';
import { PeriodHistory } from './period-history';

const gb = { locale: 'en-GB', timeZone: 'UTC' };

function target(count: number, current: number) {
  const raw = rawMonthlyPeriods(count, current, {
    targetName: 'Spend 8,000',
    milestones: [rawMilestone({ triggerName: 'Halfway', triggerValue: 4000 })],
  });
  const [track] = groupTargets(raw.map((r) => targetPeriodSchema.parse(r)));
  if (!track) throw new Error('no target');
  return targetView(track, Date.UTC(2023, 5, 15), { ...gb, capping: false });
}

describe('PeriodHistory', () => {
  it('opens on request: a table named "Period history of <target>" with every cycle, the current one marked', async () => {
    render(<PeriodHistory target={target(3, 1)} capping={false} />);
    const button = screen.getByRole('button', { name: 'Show history of Spend 8,000' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(button);
    expect(screen.getByRole('button', { name: 'Hide history of Spend 8,000' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const table = screen.getByRole('table', { name: 'Period history of Spend 8,000' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'PeriodDatesAchievedTargetResultMilestones reached',
      'Cycle_11 Jan 2023 – 31 Jan 20238,0008,000MetHalfway',
      'Cycle_2 Current1 Feb 2023 – 28 Feb 20235,0008,000In progressHalfway',
      'Cycle_31 Mar 2023 – 31 Mar 202308,000Upcoming—',
    ]);
    expect(within(table).getAllByRole('row')[2]).toHaveAttribute('aria-current', 'true');
    // The chart arrives from its own chunk; it is hidden from assistive technology (the table is its equivalent).
    expect(await screen.findByText('Current cycle')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hide history of Spend 8,000' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when only the current cycle is loaded', async () => {
    render(<PeriodHistory target={target(1, 0)} capping={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show history of Spend 8,000' }));
    expect(screen.getByText(/Only the current cycle is loaded/)).toBeInTheDocument();
    expect(await screen.findByText('Current cycle')).toBeInTheDocument();
  });

  it('opened while the card holds only its current period, says every cycle is coming, then shows them all', async () => {
    const full = target(3, 1);
    const currentOnly = { ...full, periods: full.periods.filter((p) => p.state === 'current') };
    const { rerender } = render(<PeriodHistory target={currentOnly} capping={false} complete={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show history of Spend 8,000' }));
    expect(screen.getByRole('status')).toHaveTextContent('Drawing every cycle of this member…');
    expect(screen.queryByText(/Only the current cycle is loaded/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    rerender(<PeriodHistory target={full} capping={false} complete />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Period history of Spend 8,000' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(await screen.findByText('Current cycle')).toBeInTheDocument();
  });
});
