import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { extractReferenceExamples } from '../../../../contract';
import { hasForbiddenText } from '../../../lib/format';
import { fakeNetwork } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { MemberPage } from './member-page';
// The reference page's real example responses, read as text through Vite.
import markdown from '../../../../contract/reference/get-user-targets.md?raw';

const responses = extractReferenceExamples(markdown).filter((e) => e.kind === 'response');

function userIdOf(body: unknown): string {
  return String((body as { data: { userId: number } }).data.userId);
}

describe('the member page with the reference examples', () => {
  it.each(responses.map((e) => [e.title, e.body] as const))(
    'renders "%s" without a broken value',
    async (_title, body) => {
      const userId = userIdOf(body);
      const network = fakeNetwork().on(`/api/v3/users/${userId}/targetGroups`, { body });
      const { container } = renderWithProviders(<MemberPage userId={userId} />, {
        network,
        url: `/members/${userId}`,
        path: '/members/:userId',
      });
      const groups = await screen.findByRole('region', { name: 'Target groups' });
      const bars = within(groups).getAllByRole('progressbar');
      expect(bars.length).toBeGreaterThan(0);
      for (const bar of bars) {
        for (const attribute of ['aria-label', 'aria-valuetext', 'aria-valuenow', 'aria-valuemax']) {
          const value = bar.getAttribute(attribute);
          expect(value).toBeTruthy();
          expect(hasForbiddenText(value!)).toBe(false);
        }
      }
      expect(hasForbiddenText(container.textContent ?? '')).toBe(false);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('shows the streak example as the reference describes it', async () => {
    const body = responses[0]!.body;
    const network = fakeNetwork().on('/api/v3/users/64035151/targetGroups', { body });
    renderWithProviders(<MemberPage userId="64035151" />, {
      network,
      url: '/members/64035151',
      path: '/members/:userId',
    });

    const group = await screen.findByRole('article', { name: 'JP&A' });
    expect(group).toHaveTextContent('Streak');
    expect(group).toHaveTextContent('Fixed calendar periods');
    const timeline = within(group).getByRole('list', { name: 'Streak timeline for JP&A' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['JP&A1 Met', 'JP&A2 Met']);
    expect(within(group).getByRole('list', { name: 'Streaks of JP&A' })).toHaveTextContent(
      'JP&A11 Achieved 2 of 2Completed in JP&A2',
    );
    expect(
      within(group).getByRole('progressbar', { name: 'JP&A, JP&A1 (Apr 11, 2024 – Apr 17, 2024)' }),
    ).toHaveAttribute('aria-valuetext', '7 of 2 (350%)');

    const sdcs = screen.getByRole('article', { name: 'sdcs' });
    expect(sdcs).toHaveTextContent('Any till');
    const periods = within(within(sdcs).getByRole('list', { name: 'Periods of sdcs' })).getAllByRole(
      'listitem',
    );
    expect(periods[0]).toHaveTextContent('Cycle_6');
    expect(periods[0]).toHaveTextContent('Current period');

    const loyalty = screen.getByRole('region', { name: 'Loyalty' });
    expect(loyalty).toHaveTextContent('23,508');
  });
});
