import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { groupView } from '../lib/group-view';
import { buildTargetGroup, rawStreak, rawTargetPeriod } from '../testing/builders';
import { TargetGroupCard } from './target-group-card';

const now = Date.UTC(2024, 4, 15);

describe('TargetGroupCard', () => {
  it('is an article named by its group, with tracking and evaluation in words', () => {
    render(<TargetGroupCard group={groupView(buildTargetGroup({ preferredTillId: 75077502 }), 0, now)} />);
    const card = screen.getByRole('article', { name: 'Spend in May' });
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Spend in May');
    expect(card).toHaveTextContent('TrackingStandard');
    expect(card).toHaveTextContent('EvaluationFixed calendar periods');
    expect(card).toHaveTextContent('Preferred tillTill #75077502');
    expect(card).toHaveTextContent('Created bynaresh silla (Admin user)');
    expect(within(card).queryByRole('heading', { name: 'Streaks' })).not.toBeInTheDocument();
  });

  it('shows a streak timeline whenever the group carries streaks', () => {
    render(
      <TargetGroupCard
        group={groupView(
          buildTargetGroup({ name: 'Coffee', trackingType: 'DEFAULT', streaks: [rawStreak()] }),
          0,
          now,
        )}
      />,
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Streaks' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Streak timeline for Coffee' })).toHaveTextContent('Cycle_1');
    expect(screen.getByRole('list', { name: 'Streaks of Coffee' })).toHaveTextContent(
      'Coffee_1 In progress 2 of 5',
    );
  });

  it('explains a cap and reads its figures as a cap', () => {
    const group = buildTargetGroup({
      trackingType: 'CAPPING',
      targets: [rawTargetPeriod({ targetValue: 1200, targetAchievedValue: 350 })],
    });
    render(<TargetGroupCard group={groupView(group, 0, now)} />);
    expect(screen.getByText('Cap on points issued')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '350 of 1,200 allowed used');
  });

  it('says when a group has no targets', () => {
    render(<TargetGroupCard group={groupView(buildTargetGroup({ targets: [] }), 0, now)} />);
    expect(screen.getByText('No targets in this group.')).toBeInTheDocument();
  });
});
