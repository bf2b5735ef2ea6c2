import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError, CLIENT_ERROR_CODES } from '../lib/api-client';
import { shouldRetry } from '../lib/query-client';
import { RetryingStatus } from './retrying-status';

describe('RetryingStatus', () => {
  it('says the app is trying again while a dropped request is retried, and goes quiet after', async () => {
    // The app's own retry rule, with a short delay so the test does not wait a second.
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: shouldRetry, retryDelay: 50 } },
    });
    render(
      <QueryClientProvider client={queryClient}>
        <RetryingStatus />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    let attempts = 0;
    const done = queryClient.fetchQuery({
      queryKey: ['member', '1'],
      queryFn: async () => {
        attempts += 1;
        if (attempts === 1) throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, messages: [] });
        await new Promise((resolve) => setTimeout(resolve, 100));
        return 'member';
      },
    });
    expect(
      await screen.findByText('The dashboard’s server did not answer. Trying again…'),
    ).toBeInTheDocument();
    await done;
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });
});
