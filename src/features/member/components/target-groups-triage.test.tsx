import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { parseTargetGroup } from '../../../../contract';
import { NowProvider } from '../../../lib/clock';
import { renderWithProviders } from '../../../testing/render';
import { rawMonthlyPeriods, rawStreak, rawTargetGroup, rawTargetPeriod } from '../testing/builders';
import { TargetGroupsSection } from './target-groups-section';

// 25 May 2024 at noon: 79 % through the builders' May period.
const now = Date.UTC(2024, 4, 25, 12);
// Bare dates (no timestamps): calendar dates, so the figures do not depend on the host's time zone.
const count = {
  targetType: 'COUNT',
  targetEntity: 'TRANSACTION',
  periodStartDateWithTimeStamp: null,
  periodEndDateWithTimeStamp: null,
};

const groups = [
  rawTargetGroup({
    id: 1,
    name: 'Behind',
    targets: [rawTargetPeriod({ ...count, targetName: 'Buy 20', targetValue: 20, targetAchievedValue: 5 })],
  }),
  rawTargetGroup({
    id: 2,
    name: 'Coffee club',
    trackingType: 'STREAKS',
    streaks: [rawStreak()],
    // Jan–Mar 2023 met, April missed, May met, June current and met.
    targets: rawMonthlyPeriods(6, 5, { ...count, targetName: 'One coffee', targetValue: 1 }).map((p, i) => ({
      ...p,
      targetAchievedValue: i === 3 ? 0 : 1,
      ...(i === 5
        ? {
            periodStartDate: '2024-05-01',
            periodEndDate: '2024-05-31',
          }
        : {}),
    })),
  }),
  rawTargetGroup({
    id: 3,
    name: 'Nearly',
    targets: [rawTargetPeriod({ ...count, targetName: 'Buy 10', targetValue: 10, targetAchievedValue: 9 })],
  }),
].map(parseTargetGroup);

function renderSection(url = '/members/1') {
  return renderWithProviders(
    <NowProvider now={now}>
      <TargetGroupsSection groups={groups} now={now} />
    </NowProvider>,
    { url, path: '/members/:id' },
  );
}

const cardNames = () => screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent);

describe('TargetGroupsSection: counter, triage and runs', () => {
  it('puts the counter summary above the groups and each sentence on its card', () => {
    renderSection();
    expect(screen.getByRole('status')).toHaveTextContent('3 groups · 1 met this period · 1 at risk');
    const summary = screen.getByRole('region', { name: 'Counter summary' });
    const lines = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Figures and dates follow the browser's locale (jsdom: en-US).
    expect(lines).toEqual([
      'Behind — Buy 20: At risk · 15 more purchases to the target · 6 days left in Cycle_1 · needs 2.5 a day to make it',
      'Coffee club — One coffee: Target reached (100%)',
      'Nearly — Buy 10: 1 more purchase to the target · 6 days left in Cycle_1 · at this pace, 11 by May 31',
    ]);
    const card = screen.getByRole('article', { name: 'Nearly' });
    expect(within(card).getByRole('list', { name: 'Where Nearly stands' })).toHaveTextContent(
      /^Buy 10: 1 more purchase to the target · 6 days left in Cycle_1 · at this pace, 11 by May 31$/,
    );
  });

  it('shows current and best run beside the streak timeline', () => {
    renderSection();
    const runs = screen.getByRole('list', { name: 'Runs of Coffee club' });
    expect(Array.from(runs.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Current run 2',
      'Best run 3',
    ]);
  });

  it('filters and sorts from the URL, and writes a change back to it', async () => {
    const { router } = renderSection('/members/1?filter=at-risk');
    expect(cardNames()).toEqual(['Behind']);
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 groups · 1 met this period · 1 at risk · showing 1 of 3',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All groups');
    expect(cardNames()).toEqual(['Behind', 'Coffee club', 'Nearly']);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Nearest to a milestone',
    );
    expect(router.state.location.search).toBe('?sort=nearest');
    expect(cardNames()).toEqual(['Nearly', 'Behind', 'Coffee club']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tracking type' }), 'Streak');
    expect(router.state.location.search).toBe('?sort=nearest&tracking=STREAKS');
    expect(cardNames()).toEqual(['Coffee club']);
  });

  it('says when no group matches, and brings them all back', async () => {
    renderSection('/members/1?filter=completed&tracking=DEFAULT');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('No group matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all groups' }));
    expect(cardNames()).toEqual(['Behind', 'Coffee club', 'Nearly']);
  });
});
