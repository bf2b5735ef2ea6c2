import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { counterLines } from '../lib/counter-sentences';
import { buildTargetGroup, rawTargetPeriod } from '../testing/builders';
import { GroupCounter } from './group-counter';

const now = Date.UTC(2024, 4, 25, 12);
const gb = { locale: 'en-GB', timeZone: 'UTC' };

describe('GroupCounter', () => {
  it('gives one sentence per current target, naming the target only when it is not the group', () => {
    const single = buildTargetGroup({ name: 'Spend 8,000' });
    const { unmount } = render(
      <GroupCounter groupName="Spend 8,000" lines={counterLines(single, now, gb)} />,
    );
    expect(screen.getByRole('list', { name: 'Where Spend 8,000 stands' })).toHaveTextContent(
      /^At risk · 3,000 more to the target · 6 days left in Cycle_1 · needs 500 a day to make it$/,
    );
    unmount();
    const two = buildTargetGroup({
      name: 'Gold sprint',
      targets: [
        rawTargetPeriod({ targetRuleId: 1, targetName: 'Spend', targetValue: 10, targetAchievedValue: 10 }),
        rawTargetPeriod({
          targetRuleId: 2,
          targetName: 'Visit',
          targetType: 'VISIT',
          targetValue: 2,
          targetAchievedValue: 2,
        }),
      ],
    });
    render(<GroupCounter groupName="Gold sprint" lines={counterLines(two, now, gb)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Spend: Target reached (100%)',
      'Visit: Target reached (100%)',
    ]);
  });

  it('draws nothing without a current target', () => {
    const { container } = render(<GroupCounter groupName="Old" lines={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
