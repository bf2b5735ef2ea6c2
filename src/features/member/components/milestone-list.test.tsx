import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { milestoneProgress } from '../lib/milestone-progress';
import type { MilestoneView } from '../lib/period-view';
import { buildMilestone } from '../testing/builders';
import { MilestoneList } from './milestone-list';

function view(overrides: Record<string, unknown>, achieved: number, statusText: string): MilestoneView {
  const result = milestoneProgress(buildMilestone(overrides), achieved, 10);
  return {
    ...result,
    key: String(overrides.id),
    valueText: `at ${String(overrides.triggerValue)}`,
    statusText,
    marker: true,
  };
}

describe('MilestoneList', () => {
  it('lists each milestone with its value and state', () => {
    render(
      <MilestoneList
        capping={false}
        milestones={[
          view({ id: 1, triggerName: '3', triggerValue: 3 }, 4, 'Reached'),
          view({ id: 2, triggerName: 'targetAchieved', triggerValue: 10 }, 4, '6 to go'),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('3 at 3 Reached');
    expect(items[1]).toHaveTextContent('Target reached at 10 6 to go');
  });

  it('shows nothing without milestones', () => {
    const { container } = render(<MilestoneList capping={false} milestones={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
