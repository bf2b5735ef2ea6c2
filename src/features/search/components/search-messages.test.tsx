import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SearchMessages } from './search-messages';

const none = { pendingKind: null, failure: null, problem: null, problemId: 'p', choosing: false };

describe('SearchMessages', () => {
  it('says nothing when there is nothing to say', () => {
    const { container } = render(<SearchMessages {...none} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says a lookup is running, and prompts to choose only when nothing else is said', () => {
    const { rerender } = render(<SearchMessages {...none} pendingKind="cardnumber" choosing />);
    expect(screen.getByRole('status')).toHaveTextContent('Looking up the card number…');
    rerender(<SearchMessages {...none} choosing />);
    expect(screen.getByRole('status')).toHaveTextContent('Several searches fit: choose one');
  });

  it('alerts a problem under the id the field points to', () => {
    render(<SearchMessages {...none} problem="That is not a complete email address." />);
    expect(screen.getByRole('alert')).toHaveAttribute('id', 'p');
  });
});
