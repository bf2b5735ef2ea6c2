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
    await userEvent.type(await screen.findByRole('textbox', { name: 'Member ID' }), '64035151');
    await userEvent.click(screen.getByRole('button', { name: 'Open member' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/members/64035151');
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
