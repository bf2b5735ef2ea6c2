import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../testing/render';
import { InvalidMemberId } from './invalid-member-id';

describe('InvalidMemberId', () => {
  it('says plainly that it is not a member id and links back', async () => {
    renderWithProviders(<InvalidMemberId value="0123" />);
    expect(await screen.findByRole('alert', { name: 'That is not a member ID' })).toBeInTheDocument();
    expect(screen.getByText('Member ID 0123')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open another member' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Not a member ID · Member Progress');
  });
});
