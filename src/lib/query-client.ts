import { QueryClient } from '@tanstack/react-query';

import { ApiError, CLIENT_ERROR_CODES } from './api-client';

/**
 * Retry only what a retry can fix: a dropped connection, once. A 4xx will not change, and a 502/504
 * already waited for Capillary's timeout: the page offers "Try again" instead of making people wait.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof ApiError && error.code === CLIENT_ERROR_CODES.network;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
    },
  });
}
