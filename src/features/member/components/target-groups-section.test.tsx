import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { parseTargetGroup } from '../../../../contract';
import { rawTargetGroup, rawTargetPeriod } from '../testing/builders';
import { TargetGroupsSection } from './target-groups-section';

const now = Date.UTC(2024, 4, 15);

describe('TargetGroupsSection', () => {
  it('renders one card per group under "Target groups"', () => {
    const groups = [rawTargetGroup({ id: 1, name: 'Spend' }), rawTargetGroup({ id: 2, name: 'Visit' })].map(
      parseTargetGroup,
    );
    render(<TargetGroupsSection groups={groups} now={now} />);
    const section = screen.getByRole('region', { name: 'Target groups' });
    expect(
      within(section)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby') && a.querySelector('h3')?.textContent),
    ).toEqual(['Spend', 'Visit']);
  });

  it('shows a group that failed the schema as an error card, and still renders the others', async () => {
    const groups = [
      rawTargetGroup({ id: 851, name: 'JP&A', targets: [rawTargetPeriod({ targetValue: 'lots' })] }),
      rawTargetGroup({ id: 2, name: 'Visit' }),
    ].map(parseTargetGroup);
    render(<TargetGroupsSection groups={groups} now={now} />);
    const failed = screen.getByRole('article', { name: 'This target group could not be read' });
    expect(failed).toHaveTextContent('Group 851 · JP&A');
    expect(within(failed).getByText(/targets\.0\.targetValue/)).toBeInTheDocument();
    expect(failed.querySelector('details')).not.toBeNull();
    expect(screen.getByRole('article', { name: 'Visit' })).toBeInTheDocument();
  });

  it('says when the member is not enrolled in any goal', () => {
    render(<TargetGroupsSection groups={[]} now={now} />);
    expect(
      screen.getByText('No target groups: this member is not enrolled in any goal.'),
    ).toBeInTheDocument();
  });

  it('reports a target group list that is not a list', () => {
    render(<TargetGroupsSection groups={{ message: 'targetGroups: expected a list' }} now={now} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The target groups could not be read');
  });
});
