import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeNetwork } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { rawMemberResponse, rawMilestone, rawMonthlyPeriods, rawTargetGroup } from '../testing/builders';
import { MemberPage } from './member-page';

describe('the member page at scale', () => {
  it('draws every group of 60 × 24 cycles with its current period, then every bar, in the DOM', async () => {
    const targetGroups = Array.from({ length: 60 }, (_, g) =>
      rawTargetGroup({
        id: 1000 + g,
        name: `Group ${g + 1}`,
        targets: rawMonthlyPeriods(24, 12, { milestones: [rawMilestone({ triggerValue: 4000 })] }),
        streaks:
          g % 10 === 0
            ? [{ streakName: `S${g}`, status: 'INPROGRESS', currentCount: 3, totalTargetCountOfSequence: 6 }]
            : null,
      }),
    );
    const network = fakeNetwork().on('/api/v3/users/64035151/targetGroups', {
      body: rawMemberResponse({ targetGroups }),
    });
    const { container } = renderWithProviders(<MemberPage userId="64035151" now={Date.UTC(2024, 0, 1)} />, {
      network,
      url: '/members/64035151',
      path: '/members/:userId',
    });
    await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' }, { timeout: 60_000 });
    // Generous waits, no timing assertion: jsdom on a busy CI machine is slow, and speed is measured by
    // `npm run bench` in Chromium, never gated here.
    await waitFor(() => expect(container.querySelectorAll('article')).toHaveLength(60), { timeout: 60_000 });
    // Every card shows where the member stands now before its past and upcoming periods follow. Counted
    // with selectors: role queries over ~30,000 nodes are the slow part of jsdom, not the app.
    for (const card of container.querySelectorAll('article')) {
      expect(card.querySelectorAll('[role="progressbar"]').length).toBeGreaterThanOrEqual(1);
    }
    await waitFor(() => expect(container.querySelectorAll('[role="progressbar"]')).toHaveLength(60 * 24), {
      timeout: 60_000,
    });
    expect(container.querySelectorAll('article')).toHaveLength(60);
    for (const card of container.querySelectorAll('article')) {
      expect(card.querySelectorAll('[role="progressbar"]')).toHaveLength(24);
    }
  }, 150_000);
});
