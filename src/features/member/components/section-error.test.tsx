import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { SectionError } from './section-error';

describe('SectionError', () => {
  it('names the failed part and keeps the technical detail folded away', async () => {
    render(
      <SectionError
        title="This target group could not be read"
        subject="Group 851 · JP&A"
        detail="targets.0.targetValue: not a decimal number"
      />,
    );
    expect(screen.getByRole('article', { name: 'This target group could not be read' })).toHaveTextContent(
      'Group 851 · JP&A',
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    const detail = screen.getByText('targets.0.targetValue: not a decimal number');
    expect(detail).not.toBeVisible();
    await userEvent.click(screen.getByText('Technical detail'));
    expect(detail).toBeVisible();
  });
});
