import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { StreakTimeline } from './streak-timeline';

describe('StreakTimeline', () => {
  it('is an ordered list named for its group, each period in words', () => {
    render(
      <StreakTimeline
        groupName="Coffee"
        entries={[
          { key: 'a', label: 'Cycle_1', dateRange: null, outcome: 'met', outcomeLabel: 'Met' },
          { key: 'b', label: 'Cycle_2', dateRange: null, outcome: 'missed', outcomeLabel: 'Missed' },
          {
            key: 'c',
            label: 'Cycle_3',
            dateRange: null,
            outcome: 'in-progress',
            outcomeLabel: 'In progress',
          },
          { key: 'd', label: 'Cycle_4', dateRange: null, outcome: 'upcoming', outcomeLabel: 'Upcoming' },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Streak timeline for Coffee' });
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Cycle_1 Met', 'Cycle_2 Missed', 'Cycle_3 In progress', 'Cycle_4 Upcoming']);
    // Shapes, not colour alone: each chip names its outcome for the stylesheet, which draws one shape per
    // outcome (e2e/reference-members.spec.ts checks them in Chromium). Two elements per period.
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.outcome),
    ).toEqual(['met', 'missed', 'in-progress', 'upcoming']);
    expect(list.querySelectorAll('li *')).toHaveLength(4);
  });

  it('says so when there is nothing to show', () => {
    render(<StreakTimeline groupName="Coffee" entries={[]} />);
    expect(screen.getByText('No periods to show yet.')).toBeInTheDocument();
  });
});
