import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { WarningsNotice } from './warnings-notice';

describe('WarningsNotice', () => {
  it('lists each warning as sent under "Capillary says"', () => {
    render(
      <WarningsNotice
        warnings={[
          { code: 1, message: 'Some targets are paused' },
          { code: 2, message: null },
        ]}
      />,
    );
    const notice = screen.getByRole('status', { name: 'Capillary says' });
    expect(notice).toHaveTextContent('Some targets are paused');
    expect(notice).toHaveTextContent('Code 2');
  });

  it('shows nothing without warnings', () => {
    const { container } = render(<WarningsNotice warnings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
