import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { parseTargetGroup } from '../../../../contract';
import { rawMonthlyPeriods, rawStreak, rawTargetGroup, rawTargetPeriod } from '../testing/builders';
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

  it('draws a long member as every card with its current period first, then every other bar, never removing one', async () => {
    vi.useFakeTimers();
    try {
      const groups = Array.from({ length: 20 }, (_, g) =>
        rawTargetGroup({ id: 100 + g, name: `Group ${g + 1}`, targets: rawMonthlyPeriods(24, 12) }),
      ).map(parseTargetGroup);
      const { container } = render(<TargetGroupsSection groups={groups} now={Date.UTC(2024, 0, 15)} />);
      const bars = () => container.querySelectorAll('[role="progressbar"]');
      const cards = () => [...container.querySelectorAll('article')];
      // The heading comes first; the groups after the next paint.
      expect(screen.getByRole('heading', { level: 2, name: 'Target groups' })).toBeInTheDocument();
      expect(cards()).toHaveLength(0);
      let sawCardsBeforeHistory = false;
      let before = 0;
      for (let i = 0; i < 100 && bars().length < 20 * 24; i++) {
        await act(() => vi.advanceTimersToNextTimerAsync());
        const shown = cards();
        if (shown.length === 20 && bars().length < 20 * 24) {
          // Every card already shows its current period, alone, before its history.
          sawCardsBeforeHistory ||= shown.some(
            (card) => card.querySelectorAll('[role="progressbar"]').length === 1,
          );
          for (const card of shown) {
            expect(within(card).getAllByRole('progressbar')[0]).toHaveAccessibleName(/Cycle_13/);
          }
        }
        expect(bars().length).toBeGreaterThanOrEqual(before);
        before = bars().length;
      }
      expect(sawCardsBeforeHistory).toBe(true);
      expect(bars()).toHaveLength(20 * 24);
      for (const card of cards()) expect(card.querySelectorAll('[role="progressbar"]')).toHaveLength(24);
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws the runs and streaks of a streak group with its card, and its timeline with its history', async () => {
    vi.useFakeTimers();
    try {
      const groups = Array.from({ length: 20 }, (_, g) =>
        rawTargetGroup({
          id: 300 + g,
          name: `Streak ${g + 1}`,
          trackingType: 'STREAK',
          targets: rawMonthlyPeriods(24, 12),
          streaks: [rawStreak({ streakName: `Run ${g + 1}` })],
        }),
      ).map(parseTargetGroup);
      const { container } = render(<TargetGroupsSection groups={groups} now={Date.UTC(2024, 0, 15)} />);
      const cards = () => [...container.querySelectorAll('article')];
      const timelines = () => screen.queryAllByRole('list', { name: /^Streak timeline for / });
      let sawCardsBeforeTimelines = false;
      for (let i = 0; i < 100 && timelines().length < 20; i++) {
        await act(() => vi.advanceTimersToNextTimerAsync());
        if (cards().length === 20 && timelines().length < 20) {
          sawCardsBeforeTimelines = true;
          // Where the member stands now is on every card already: the runs and the streak itself.
          for (const card of cards()) {
            expect(within(card).getByRole('list', { name: /^Runs of / })).toBeInTheDocument();
            expect(within(card).getByText(/^Run \d+/)).toBeInTheDocument();
          }
        }
      }
      expect(sawCardsBeforeTimelines).toBe(true);
      expect(timelines()).toHaveLength(20);
      for (const card of cards()) {
        expect(within(card).getByRole('list', { name: /^Streak timeline for / }).children).toHaveLength(24);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
