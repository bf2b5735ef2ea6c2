import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { rawMemberResponse } from '../features/member/testing/builders';
import { fakeNetwork, type FakeNetwork } from '../testing/fake-network';
import { createTestQueryClient } from '../testing/render';
import { AppProviders } from './providers';
import { routes } from './routes';

function renderApp(url: string, network: FakeNetwork = fakeNetwork()) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <AppProviders queryClient={createTestQueryClient()} apiClient={network.client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, network };
}

describe('the app routes', () => {
  it('frames every page with a banner linking home and one main landmark', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Member Progress' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Member Progress' })).toHaveAttribute('href', '/');
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('goes from the start page to a member', async () => {
    const network = fakeNetwork().on('/api/v3/users/64035151/targetGroups', { body: rawMemberResponse() });
    const { router } = renderApp('/', network);
    await userEvent.type(await screen.findByRole('combobox', { name: 'Find a member' }), '64035151');
    await userEvent.click(screen.getByRole('option', { name: 'Open member 64035151' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/members/64035151');
  });

  it('has one search field on every page: the start page’s own, then the banner’s', async () => {
    const network = fakeNetwork().on('/api/v3/users/64035151/targetGroups', { body: rawMemberResponse() });
    renderApp('/', network);
    const search = await screen.findByRole('search');
    expect(within(screen.getByRole('main')).getByRole('search')).toBe(search);
    await userEvent.type(within(search).getByRole('combobox', { name: 'Find a member' }), '64035151{Enter}');
    await userEvent.click(screen.getByRole('option', { name: 'Open member 64035151' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(screen.getAllByRole('search')).toHaveLength(1);
    expect(within(screen.getByRole('banner')).getByRole('search')).toBeInTheDocument();
  });

  it('records a member whose page loaded as recent, and offers them on the start page', async () => {
    localStorage.clear();
    const network = fakeNetwork()
      .on('/api/v3/users/64035151/targetGroups', { body: rawMemberResponse() })
      .on('/api/v3/users/99999/targetGroups', {
        status: 400,
        body: { data: null, errors: [{ code: 310011, message: 'Invalid userId' }] },
      });
    const { router } = renderApp('/members/99999', network);
    expect(await screen.findByRole('alert', { name: 'Member not found' })).toBeInTheDocument();
    await router.navigate('/members/64035151');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    await router.navigate('/');
    const recent = await screen.findByRole('region', { name: 'Recent members' });
    expect(
      within(recent)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/members/64035151']);
    expect(within(recent).getByRole('link')).toHaveTextContent(/^Tom Sawyer Member ID 64035151 Opened /);
    expect(JSON.parse(localStorage.getItem('mp.recentMembers') ?? '[]')).toEqual([
      { userId: '64035151', name: 'Tom Sawyer', viewedAt: expect.any(Number) },
    ]);
    localStorage.clear();
  });

  it.each(['abc', '0123', '9223372036854775808', '-5'])(
    'refuses /members/%s without asking the API',
    async (id) => {
      const { network } = renderApp(`/members/${id}`);
      expect(await screen.findByRole('alert', { name: 'That is not a member ID' })).toBeInTheDocument();
      expect(network.calls.filter((c) => c.url.pathname.startsWith('/api/v3'))).toEqual([]);
    },
  );

  it('says a page does not exist', async () => {
    renderApp('/nowhere/at/all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Member Progress');
  });
});
