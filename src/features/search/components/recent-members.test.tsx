import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../testing/render';
import { recordRecentMember } from '../hooks/recent-members-store';
import { RecentMembers } from './recent-members';

afterEach(() => localStorage.clear());

describe('RecentMembers', () => {
  it('shows nothing until a member has been opened', () => {
    const { container } = renderWithProviders(<RecentMembers />);
    expect(container).toBeEmptyDOMElement();
  });

  it('links to the members last opened, most recent first, and clears them', async () => {
    recordRecentMember({ userId: '900000001', name: 'Asha Rao' }, Date.UTC(2026, 10, 25, 9, 5));
    recordRecentMember({ userId: '64035151', name: 'Tom Sawyer' }, Date.UTC(2026, 10, 25, 9, 30));
    renderWithProviders(<RecentMembers />);
    const region = screen.getByRole('region', { name: 'Recent members' });
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/members/64035151',
      '/members/900000001',
    ]);
    expect(links[0]).toHaveTextContent(/^Tom Sawyer Member ID 64035151 Opened .*2026/);

    await userEvent.click(within(region).getByRole('button', { name: 'Clear recent members' }));
    expect(screen.queryByRole('region', { name: 'Recent members' })).not.toBeInTheDocument();
  });

  it('follows a member recorded while it is on screen', () => {
    renderWithProviders(<RecentMembers />);
    act(() => recordRecentMember({ userId: '900000001', name: 'Asha Rao' }));
    expect(screen.getByRole('link', { name: /Asha Rao/ })).toHaveAttribute('href', '/members/900000001');
  });
});
