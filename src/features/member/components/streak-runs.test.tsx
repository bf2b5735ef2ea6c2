import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { StreakRunsSummary } from './streak-runs';

describe('StreakRunsSummary', () => {
  it('says "Current run N" and "Best run N", and what a run is', () => {
    render(
      <StreakRunsSummary
        groupName="Coffee club"
        runs={{ current: 2, best: 5, periods: 12, continuous: true }}
      />,
    );
    const list = screen.getByRole('list', { name: 'Runs of Coffee club' });
    expect(Array.from(list.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Current run 2',
      'Best run 5',
    ]);
    expect(screen.getByText('Periods met in a row; a missed period ends a run.')).toBeInTheDocument();
  });

  it('explains a non-continuous streak, and a count over the current cycle only', () => {
    render(
      <StreakRunsSummary groupName="Cheese" runs={{ current: 1, best: 1, periods: 1, continuous: false }} />,
    );
    expect(screen.getByText(/a miss does not break a non-continuous streak/)).toHaveTextContent(
      'switch on “Show all cycles” for every cycle',
    );
  });
});
