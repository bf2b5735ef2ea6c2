import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../../lib/api-client';
import { LookupNotice } from './lookup-notice';

describe('LookupNotice', () => {
  it('alerts in our words, then the server’s', () => {
    const error = new ApiError({ status: 404, code: 8015, messages: ['Customer not found'] });
    render(<LookupNotice error={error} kind="mobile" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No member found for that mobile numberThe server said: Customer not found',
    );
  });

  it('leaves out the server line when it said nothing', () => {
    render(<LookupNotice error={new ApiError({ status: 502, code: null, messages: [] })} kind="email" />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Capillary is unavailable. Try again in a moment.$/);
  });
});
