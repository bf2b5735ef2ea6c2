import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../testing/render';
import { MemberIdForm } from './member-id-form';

function renderForm() {
  return renderWithProviders(<MemberIdForm />, {
    routes: [
      { path: '/', element: <MemberIdForm /> },
      { path: '/members/:userId', element: <p>Member page</p> },
    ],
  });
}

describe('MemberIdForm', () => {
  it('opens the member whose id was typed', async () => {
    const { router } = renderForm();
    const input = await screen.findByRole('textbox', { name: 'Member ID' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(input, ' 64035151 ');
    await userEvent.click(screen.getByRole('button', { name: 'Open member' }));
    expect(router.state.location.pathname).toBe('/members/64035151');
  });

  it('explains an invalid id inline and stays', async () => {
    const { router } = renderForm();
    const input = await screen.findByRole('textbox', { name: 'Member ID' });
    await userEvent.type(input, '0123{Enter}');
    expect(router.state.location.pathname).toBe('/');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a member ID: digits only, no leading zero');

    await userEvent.clear(input);
    await userEvent.type(input, '7');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText('Enter a member ID: digits only, no leading zero')).not.toBeInTheDocument();
  });

  it('refuses an empty id', async () => {
    const { router } = renderForm();
    await userEvent.click(await screen.findByRole('button', { name: 'Open member' }));
    expect(screen.getByText('Enter a member ID: digits only, no leading zero')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
