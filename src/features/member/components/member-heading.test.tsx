import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MemberHeading } from './member-heading';

describe('MemberHeading', () => {
  it('shows the name as the page heading and the member id as text', () => {
    render(<MemberHeading name="Tom Sawyer" userId="64035151" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeInTheDocument();
    expect(screen.getByText('Member ID 64035151')).toBeInTheDocument();
  });
});
