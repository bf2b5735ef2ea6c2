import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeProxy } from '../features/auth/testing/fake-proxy';
import { renderWithProxy } from '../features/auth/testing/render-auth';
import { rawMemberResponse } from '../features/member/testing/builders';
import { getRecentMembers, recordRecentMember } from '../features/search/hooks/recent-members-store';
import { routes } from './routes';

afterEach(() => localStorage.clear());

describe('signing in and out (DASHBOARD_AUTH=password)', () => {
  it('asks for sign-in, returns to the member, shows who is signed in, and signs out clearing recent members', async () => {
    recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, 1);
    const proxy = fakeProxy({
      mode: 'password',
      users: { 'sam.store': { password: 'open sesame', role: 'staff' } },
    }).on('GET /api/v3/users/64035151/targetGroups', { body: rawMemberResponse() });
    const { router } = renderWithProxy(proxy, routes, '/members/64035151');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fmembers%2F64035151');
    expect(within(screen.getByRole('banner')).queryByRole('search')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Username'), 'sam.store');
    await userEvent.type(screen.getByLabelText('Password'), 'guess');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert', { name: 'Wrong username or password' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Password'), 'open sesame');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('sam.store')).toBeInTheDocument();
    expect(within(banner).getByText('Staff')).toBeInTheDocument();

    await userEvent.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(getRecentMembers()).toEqual([]);
    expect(proxy.signedIn()).toBeNull();
  });
});
