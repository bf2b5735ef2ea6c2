import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fakeNetwork } from '../../../testing/fake-network';
import { renderWithProviders } from '../../../testing/render';
import { StartPage } from './start-page';

describe('StartPage', () => {
  it('has the app heading and the member form, even when config fails', async () => {
    const network = fakeNetwork().on('/api/config', { status: 500, text: '' });
    renderWithProviders(<StartPage />, { network });
    expect(await screen.findByRole('heading', { level: 1, name: 'Member Progress' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Member ID' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open member' })).toBeInTheDocument();
    expect(document.title).toBe('Member Progress');
  });
});
