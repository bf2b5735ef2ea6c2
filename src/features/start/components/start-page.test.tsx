import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeNetwork } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { StartPage } from './start-page';

describe('StartPage', () => {
  it('has the app heading, the search it is given and what goes beside it, even when config fails', async () => {
    const network = fakeNetwork().on('/api/config', { status: 500, text: '' });
    renderWithProviders(
      <StartPage search={<input aria-label="Find a member" />}>
        <p>Recent</p>
      </StartPage>,
      { network },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Member Progress' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Find a member' })).toBeInTheDocument();
    expect(screen.getByText('Recent')).toBeInTheDocument();
    expect(document.title).toBe('Member Progress');
  });
});
