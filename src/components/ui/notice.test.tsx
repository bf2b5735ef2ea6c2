import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Notice } from './notice';

describe('Notice', () => {
  it('is a status region named by its heading', () => {
    render(
      <Notice role="status" title="Capillary says">
        <p>Some targets are paused</p>
      </Notice>,
    );
    const notice = screen.getByRole('status', { name: 'Capillary says' });
    expect(notice).toHaveTextContent('Some targets are paused');
    expect(screen.getByRole('heading', { level: 2, name: 'Capillary says' })).toBeInTheDocument();
  });

  it('can be an alert with a lower heading', () => {
    render(<Notice role="alert" tone="danger" title="Member not found" headingLevel={3} />);
    expect(screen.getByRole('alert', { name: 'Member not found' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Member not found');
  });
});
