import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MemberSkeleton } from './member-skeleton';

describe('MemberSkeleton', () => {
  it('is busy and says it is loading', () => {
    render(<MemberSkeleton />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading member…');
    expect(screen.getByRole('status').parentElement).toHaveAttribute('aria-busy', 'true');
  });
});
