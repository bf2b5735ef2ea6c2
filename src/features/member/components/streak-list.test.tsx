import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { StreakList } from './streak-list';

describe('StreakList', () => {
  it('shows each streak with its status, count and completion', () => {
    render(
      <StreakList
        groupName="JP&A"
        streaks={[
          { key: '1', name: 'JP&A11', status: 'Achieved', count: '2 of 2', achieved: 'Completed in JP&A2' },
          { key: '2', name: 'JP&A12', status: 'In progress', count: '1 of 5', achieved: null },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Streaks of JP&A' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('JP&A11 Achieved 2 of 2');
    expect(items[0]).toHaveTextContent('Completed in JP&A2');
    expect(items[1]).toHaveTextContent('JP&A12 In progress 1 of 5');
  });
});
