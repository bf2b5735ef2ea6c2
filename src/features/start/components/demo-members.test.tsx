import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeNetwork } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { DemoMembers } from './demo-members';

const members = {
  data: {
    members: [
      { userId: '64035151', name: 'Tom Sawyer', description: 'Streaks and milestones' },
      { userId: 387035386, name: 'Becky Thatcher', description: null },
    ],
  },
};

describe('DemoMembers', () => {
  it('lists the demo members as links when the demo is on', async () => {
    const network = fakeNetwork()
      .on('/api/config', { body: { data: { demo: true } } })
      .on('/api/demo/members', { body: members });
    renderWithProviders(<DemoMembers />, { network });
    expect(await screen.findByRole('heading', { level: 2, name: 'Demo members' })).toBeInTheDocument();
    const tom = screen.getByRole('link', { name: /Tom Sawyer/ });
    expect(tom).toHaveAttribute('href', '/members/64035151');
    expect(tom).toHaveTextContent('Tom Sawyer Member ID 64035151 Streaks and milestones');
    expect(screen.getByRole('link', { name: /Becky Thatcher/ })).toHaveAttribute(
      'href',
      '/members/387035386',
    );
    expect(network.calls.every((c) => c.headers.get('X-Requested-With') === 'fetch')).toBe(true);
  });

  it('shows nothing and asks for no members when the demo is off', async () => {
    const network = fakeNetwork().on('/api/config', { body: { data: { demo: false } } });
    const { container } = renderWithProviders(<DemoMembers />, { network });
    await waitFor(() => expect(network.calls).toHaveLength(1));
    expect(container).toBeEmptyDOMElement();
  });

  it('stays away quietly when the endpoints fail', async () => {
    const network = fakeNetwork()
      .on('/api/config', { body: { data: { demo: true } } })
      .on('/api/demo/members', { status: 502, text: 'Bad gateway' });
    const { container } = renderWithProviders(<DemoMembers />, { network });
    await waitFor(() => expect(network.calls).toHaveLength(2));
    expect(container).toBeEmptyDOMElement();
  });
});
