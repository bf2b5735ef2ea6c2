import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { rawMemberResponse } from '../../features/member/testing/builders';
import { getRecentMembers, recordRecentMember } from '../../features/search/hooks/recent-members-store';
import { fakeNetwork } from '../../testing/fake-network';
import { renderWithProviders } from '../../testing/render';
import { MemberRoute } from './member-route';

afterEach(() => localStorage.clear());

const routes = [{ path: '/members/:userId', element: <MemberRoute /> }];

describe('RecordRecentMember (with the member route)', () => {
  it('records the member, by the name the page shows, once the page has loaded, asking only once', async () => {
    recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, 1);
    const network = fakeNetwork().on('/api/v3/users/64035151/targetGroups', { body: rawMemberResponse() });
    renderWithProviders(null, { network, routes, url: '/members/64035151' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    await waitFor(() => expect(getRecentMembers().map((m) => m.name)).toEqual(['Tom Sawyer', 'Asha Rao']));
    expect(network.calls).toHaveLength(1);
  });

  it('records nothing when the member could not be loaded', async () => {
    const network = fakeNetwork().on('/api/v3/users/99999/targetGroups', {
      status: 400,
      body: { data: null, errors: [{ code: 310011, message: 'Invalid userId' }] },
    });
    renderWithProviders(null, { network, routes, url: '/members/99999' });
    expect(await screen.findByRole('alert', { name: 'Member not found' })).toBeInTheDocument();
    expect(getRecentMembers()).toEqual([]);
  });

  it('moves a member opened again from the cache back to the top', async () => {
    const network = fakeNetwork()
      .on('/api/v3/users/64035151/targetGroups', { body: rawMemberResponse() })
      .on('/api/v3/users/900000001/targetGroups', { body: rawMemberResponse() });
    const { router } = renderWithProviders(null, { network, routes, url: '/members/64035151' });
    await waitFor(() => expect(getRecentMembers().map((m) => m.userId)).toEqual(['64035151']));
    await router.navigate('/members/900000001');
    await waitFor(() => expect(getRecentMembers().map((m) => m.userId)).toEqual(['900000001', '64035151']));
    await router.navigate('/members/64035151');
    await waitFor(() => expect(getRecentMembers().map((m) => m.userId)).toEqual(['64035151', '900000001']));
    expect(network.calls).toHaveLength(2);
  });
});
