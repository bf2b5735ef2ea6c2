import { describe, expect, it } from 'vitest';

import { ApiError, CLIENT_ERROR_CODES } from './api-client';
import { createQueryClient, shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries a dropped connection once', () => {
    const offline = new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, messages: [] });
    expect(shouldRetry(0, offline)).toBe(true);
    expect(shouldRetry(1, offline)).toBe(false);
  });

  it('does not retry answers that would not change or already waited', () => {
    for (const status of [400, 404, 502, 504]) {
      expect(shouldRetry(0, new ApiError({ status, code: null, messages: [] }))).toBe(false);
    }
    expect(shouldRetry(0, new Error('parse'))).toBe(false);
  });

  it('is the default of the app query client', () => {
    expect(createQueryClient().getDefaultOptions().queries?.retry).toBe(shouldRetry);
  });
});
