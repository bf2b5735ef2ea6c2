import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { SearchListbox } from './search-listbox';

describe('SearchListbox', () => {
  it('draws named options, marks the active one, and reports a pick', async () => {
    const onPick = vi.fn();
    render(
      <SearchListbox
        id="list"
        label="Search choices"
        activeIndex={1}
        optionId={(i) => `list-${i}`}
        onPick={onPick}
        options={[
          {
            type: 'choice',
            choice: { type: 'lookup', kind: 'mobile', value: '919988221100' },
            label: 'Find by mobile',
          },
          {
            type: 'choice',
            choice: { type: 'member', userId: '919988221100' },
            label: 'Open member 919988221100',
          },
        ]}
      />,
    );
    expect(screen.getByRole('listbox', { name: 'Search choices' })).toHaveAttribute('id', 'list');
    expect(screen.getByRole('option', { name: 'Open member 919988221100' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('option', { name: 'Find by mobile' })).toHaveAttribute('id', 'list-0');
    await userEvent.click(screen.getByRole('option', { name: 'Find by mobile' }));
    expect(onPick).toHaveBeenCalledWith(0);
  });
});
