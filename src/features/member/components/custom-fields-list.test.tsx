import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { CustomFieldsList } from './custom-fields-list';

describe('CustomFieldsList', () => {
  it('shows any keys with their values as text', () => {
    render(
      <CustomFieldsList
        fields={{ gender: '', age: 42, vip: true, prefs: { shop: 'north' }, bio: '<b>hi</b>' }}
      />,
    );
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const values = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(terms).toEqual(['gender', 'age', 'vip', 'prefs', 'bio']);
    expect(values).toEqual(['—', '42', 'true', '{"shop":"north"}', '<b>hi</b>']);
    expect(document.querySelector('b')).toBeNull();
  });

  it('says when there are none', () => {
    render(<CustomFieldsList fields={{}} />);
    expect(screen.getByText('No custom fields')).toBeInTheDocument();
  });
});
