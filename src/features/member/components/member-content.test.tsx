import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Customer, MemberTargetsResponse } from '../../../../contract';
import { buildCustomer, buildTargetGroup } from '../testing/builders';
import { MemberContent } from './member-content';

const now = Date.UTC(2024, 4, 15);

function response(customer: Customer): MemberTargetsResponse {
  return {
    data: {
      userId: '64035151',
      customer: { ok: true, customer },
      groups: [{ ok: true, index: 0, group: buildTargetGroup() }],
    },
    errors: [],
    warnings: [],
  };
}

describe('MemberContent', () => {
  it('shows profile, loyalty and the target groups', () => {
    render(<MemberContent response={response(buildCustomer())} now={now} />);
    expect(screen.getByRole('region', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loyalty' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Spend in May' })).toBeInTheDocument();
  });

  it('keeps a section that cannot be drawn inside its own boundary', () => {
    // React reports the caught render error on the console: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const customer = buildCustomer();
    // A profile list that throws when read stands for any bug while drawing the profile.
    Object.defineProperty(customer, 'profiles', {
      get() {
        throw new Error('profile exploded');
      },
    });
    render(<MemberContent response={response(customer)} now={now} />);
    expect(screen.getByRole('region', { name: 'The profile could not be shown' })).toHaveTextContent(
      'profile exploded',
    );
    expect(screen.getByRole('region', { name: 'Loyalty' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Spend in May' })).toBeInTheDocument();
  });
});
