import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Badge } from './badge';

describe('Badge', () => {
  it('shows its words', () => {
    render(<Badge tone="met">Verified</Badge>);
    expect(screen.getByText('Verified')).toBeInTheDocument();
  });

  it('takes the tone of its state', () => {
    render(<Badge tone="progress">In progress</Badge>);
    expect(screen.getByText('In progress')).toHaveClass('text-progress-text');
  });
});
