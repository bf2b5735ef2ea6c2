import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildCustomer } from '../testing/builders';
import { ProfileSection } from './profile-section';

describe('ProfileSection', () => {
  it('is a region headed "Profile" with source, channels and custom fields', () => {
    render(
      <ProfileSection
        customer={{ ok: true, customer: buildCustomer({ customFields: { gender: 'male' } }) }}
      />,
    );
    const section = screen.getByRole('region', { name: 'Profile' });
    expect(section).toHaveTextContent('Source: instore');
    expect(section).not.toHaveTextContent('Account ID');
    expect(screen.getByRole('list', { name: 'Contact channels' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Custom fieldsgendermale');
  });

  it('shows a non-empty account id', () => {
    render(
      <ProfileSection
        customer={{
          ok: true,
          customer: buildCustomer({ profiles: [{ source: 'WECHAT', accountId: 'wx-77' }] }),
        }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Profile' })).toHaveTextContent('Account ID: wx-77');
  });

  it('has empty states', () => {
    render(<ProfileSection customer={{ ok: true, customer: null }} />);
    expect(screen.getByText('No profile')).toBeInTheDocument();
    expect(screen.getByText('No custom fields')).toBeInTheDocument();
  });

  it('reports a customer that failed the schema', () => {
    render(<ProfileSection customer={{ ok: false, message: 'profiles: expected array' }} />);
    expect(screen.getByRole('region', { name: 'The profile could not be read' })).toHaveTextContent(
      'profiles: expected array',
    );
  });
});
