import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ViewOptions } from './view-options';

describe('ViewOptions', () => {
  it('offers the two switches and reports each change by its API parameter', async () => {
    const onChange = vi.fn();
    render(
      <ViewOptions
        params={{ includeInactiveTargets: false, includeInactive: true }}
        onChange={onChange}
        updating={false}
      />,
    );
    expect(screen.getByRole('switch', { name: 'Show all cycles' })).toBeChecked();
    await userEvent.click(screen.getByRole('switch', { name: 'Include inactive targets' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Show all cycles' }));
    expect(onChange.mock.calls).toEqual([
      ['includeInactiveTargets', true],
      ['includeInactive', false],
    ]);
  });

  it('says "Updating…" while refetching', () => {
    const { rerender } = render(
      <ViewOptions
        params={{ includeInactiveTargets: false, includeInactive: false }}
        onChange={() => {}}
        updating={false}
      />,
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender(
      <ViewOptions
        params={{ includeInactiveTargets: false, includeInactive: false }}
        onChange={() => {}}
        updating
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Updating…');
  });
});
