import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SearchIcon } from './search-icon';

describe('SearchIcon', () => {
  it('is hidden from assistive technology', () => {
    const { container } = render(<SearchIcon className="size-4" />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
