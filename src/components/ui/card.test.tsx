import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Card } from './card';

describe('Card', () => {
  it('renders as the element asked for, keeping its props', () => {
    render(
      <Card as="article" aria-labelledby="t">
        <h3 id="t">Spend in May</h3>
      </Card>,
    );
    expect(screen.getByRole('article', { name: 'Spend in May' })).toBeInTheDocument();
  });

  it('is a div by default', () => {
    render(<Card data-testid="card">x</Card>);
    expect(screen.getByTestId('card').tagName).toBe('DIV');
  });
});
