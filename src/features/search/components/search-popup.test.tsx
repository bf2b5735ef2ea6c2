import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SearchPopup } from './search-popup';

const base = { listboxId: 'l', activeIndex: -1, optionId: (i: number) => `l-${i}`, onPick: () => {} };

describe('SearchPopup', () => {
  it('titles the recent members it lists', () => {
    render(
      <SearchPopup
        {...base}
        listboxLabel="Recent members"
        messages={null}
        options={[
          { type: 'recent', member: { userId: '1', name: 'Asha Rao', viewedAt: 1 }, label: 'Asha Rao' },
        ]}
      />,
    );
    expect(screen.getByRole('listbox', { name: 'Recent members' })).toBeInTheDocument();
    expect(screen.getByText('Recent members')).toBeInTheDocument();
  });

  it('shows its messages even without options', () => {
    render(<SearchPopup {...base} listboxLabel="Search choices" messages={<p>Hello</p>} options={[]} />);
    expect(screen.getByText('Hello')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});
