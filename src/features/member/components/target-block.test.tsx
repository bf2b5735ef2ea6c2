import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { targetPeriodSchema } from '../../../../contract';
import { groupTargets } from '../lib/group-targets';
import { targetView } from '../lib/period-view';
import { rawMonthlyPeriods } from '../testing/builders';
import { TargetBlock } from './target-block';

function renderBlock(count: number, currentIndex: number, history = true) {
  const [track] = groupTargets(
    rawMonthlyPeriods(count, currentIndex).map((p) => targetPeriodSchema.parse(p)),
  );
  return render(
    <TargetBlock
      // As a card draws it: only the current periods worked out until the history is drawn.
      target={targetView(track!, Date.UTC(2030, 0, 1), { capping: false }, history ? 'all' : 'current')}
      capping={false}
      history={history}
    />,
  );
}

describe('TargetBlock', () => {
  it('heads the target with its name and kind', () => {
    renderBlock(1, 0);
    expect(screen.getByRole('heading', { level: 4, name: 'Spend 8,000' })).toBeInTheDocument();
    expect(screen.getByText(/Sales · Transactions/)).toBeInTheDocument();
  });

  it('keeps every one of 24 cycles as a bar, the current one first', () => {
    renderBlock(24, 10);
    const list = screen.getByRole('list', { name: 'Periods of Spend 8,000' });
    const items = within(list).getAllByRole('listitem');
    expect(within(list).getAllByRole('progressbar')).toHaveLength(24);
    expect(items[0]).toHaveTextContent('Cycle_11');
    expect(items[0]).toHaveTextContent('Current period');
    expect(items[1]).toHaveTextContent('Cycle_1');
    expect(items[23]).toHaveTextContent('Cycle_24');
    expect(screen.getAllByText('Past')).toHaveLength(10);
    expect(screen.getAllByText('Upcoming')).toHaveLength(13);
  });

  it('while a long member is being drawn, shows the current period alone, then adds the others to it', () => {
    const { rerender } = renderBlock(24, 10, false);
    const list = screen.getByRole('list', { name: 'Periods of Spend 8,000' });
    expect(within(list).getAllByRole('progressbar')).toHaveLength(1);
    expect(within(list).getByRole('listitem')).toHaveTextContent('Current period');
    const current = within(list).getByRole('progressbar');
    const [track] = groupTargets(rawMonthlyPeriods(24, 10).map((p) => targetPeriodSchema.parse(p)));
    rerender(
      <TargetBlock target={targetView(track!, Date.UTC(2030, 0, 1), { capping: false })} capping={false} />,
    );
    expect(within(list).getAllByRole('progressbar')).toHaveLength(24);
    // The bar already drawn is kept, not drawn again.
    expect(within(list).getAllByRole('progressbar')[0]).toBe(current);
  });

  it('says nothing about missing periods while a target without a current one is still being drawn', () => {
    renderBlock(3, -1, false);
    expect(screen.getByRole('heading', { level: 4, name: 'Spend 8,000' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText('No periods for this target.')).not.toBeInTheDocument();
  });
});
