import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';

import { useApiClient } from '../../../lib/api-client-context';
import { fakeProxy, type FakeProxy } from '../testing/fake-proxy';
import { renderWithProxy } from '../testing/render-auth';
import { SessionStatus } from './session-status';

/** A page that asks the API for something, as the member page does. */
function MemberLike() {
  const api = useApiClient();
  const query = useQuery({
    queryKey: ['member', '1'],
    queryFn: () => api.getJson('/api/v3/users/1/targetGroups'),
  });
  return <h1>{query.isSuccess ? 'Member 1' : query.isError ? 'Member 1 refused' : 'Loading member'}</h1>;
}

function renderApp(proxy: FakeProxy, url = '/members/1?view=all') {
  return renderWithProxy(
    proxy.on('GET /api/v3/users/1/targetGroups', { body: { data: { userId: 1 } } }),
    [
      {
        path: '/',
        element: (
          <>
            <header>
              <SessionStatus />
            </header>
            <main>
              <Outlet />
            </main>
          </>
        ),
        children: [
          { index: true, element: <h1>Start page</h1> },
          { path: 'members/:userId', element: <MemberLike /> },
          { path: 'sign-in', element: <h1>Sign-in page</h1> },
        ],
      },
    ],
    url,
  );
}

const users = {
  'asha.rao': { password: 'pw', role: 'staff' as const },
  'mo.lee': { password: 'pw', role: 'manager' as const },
};

afterEach(() => localStorage.clear());

describe('SessionStatus', () => {
  it('password mode: who is signed in, their role, and "Sign out"', async () => {
    renderApp(fakeProxy({ mode: 'password', users, signedInAs: 'asha.rao' }));
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('asha.rao')).toBeInTheDocument();
    expect(banner).toHaveTextContent('Signed in as asha.rao');
    expect(within(banner).getByText('Staff')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('signing out revokes the session, empties the cache, clears recent members and shows the sign-in page', async () => {
    const proxy = fakeProxy({ mode: 'password', users, signedInAs: 'mo.lee' });
    const signedOut: Event[] = [];
    const listen = (event: Event) => signedOut.push(event);
    window.addEventListener('mp:signed-out', listen);
    const { router, queryClient } = renderApp(proxy);
    expect(await screen.findByRole('heading', { name: 'Member 1' })).toBeInTheDocument();
    expect(await within(screen.getByRole('banner')).findByText('Manager')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign-in page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(proxy.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/session']);
    expect(proxy.signedIn()).toBeNull();
    expect(queryClient.getQueryData(['member', '1'])).toBeUndefined();
    expect(signedOut).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    window.removeEventListener('mp:signed-out', listen);
  });

  it('password mode: a 401 from any request sends the person to sign in, and back here afterwards', async () => {
    const { router } = renderApp(fakeProxy({ mode: 'password', users }));
    expect(await screen.findByRole('heading', { name: 'Sign-in page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fmembers%2F1%3Fview%3Dall');
  });

  it('header mode: the identity from the single-sign-on proxy, and no sign-out of ours', async () => {
    renderApp(fakeProxy({ mode: 'header', users, signedInAs: 'asha.rao' }));
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('asha.rao')).toBeInTheDocument();
    expect(within(banner).getByText('Staff')).toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('header mode: a 401 stays on the page (the proxy in front signs people in, not this app)', async () => {
    const { router } = renderApp(fakeProxy({ mode: 'header' }));
    expect(await screen.findByRole('heading', { name: 'Member 1 refused' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/members/1');
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
  });

  it('none mode: no sign-in UI at all, and no session request', async () => {
    const proxy = fakeProxy({ mode: 'none' });
    renderApp(proxy);
    expect(await screen.findByRole('heading', { name: 'Member 1' })).toBeInTheDocument();
    await waitFor(() => expect(proxy.calls.some((c) => c.path === '/api/config')).toBe(true));
    expect(screen.getByRole('banner')).toBeEmptyDOMElement();
    expect(proxy.calls.some((c) => c.path === '/api/session')).toBe(false);
  });
});
