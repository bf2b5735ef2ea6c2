import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../../../../contract';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { describeLookupError } from './describe-lookup-error';

const apiError = (status: number, code: string | number | null, messages: string[] = []) =>
  new ApiError({ status, code, messages });

describe('describeLookupError', () => {
  it('names the identifier that found no one, then the upstream message', () => {
    expect(describeLookupError(apiError(404, 8015, ['Customer not found']), 'mobile')).toEqual({
      title: 'No member found for that mobile number',
      messages: ['Customer not found'],
    });
    expect(describeLookupError(apiError(200, 8015, ['Customer not found']), 'email').title).toBe(
      'No member found for that email address',
    );
    expect(describeLookupError(apiError(404, null), 'cardnumber').title).toBe(
      'No member found for that card number',
    );
    expect(describeLookupError(apiError(404, null), 'externalId').title).toBe(
      'No member found for that external ID',
    );
  });

  it('gives the validation message of a refused input', () => {
    expect(
      describeLookupError(
        apiError(400, PROXY_ERROR_CODES.invalidRequest, ['mobile: 8 to 15 digits']),
        'mobile',
      ),
    ).toEqual({ title: 'That mobile number was not accepted', messages: ['mobile: 8 to 15 digits'] });
  });

  it.each([
    [
      apiError(504, PROXY_ERROR_CODES.upstreamTimeout),
      'Capillary did not answer in time. Try again in a moment.',
    ],
    [apiError(502, PROXY_ERROR_CODES.upstreamFailed), 'Capillary is unavailable. Try again in a moment.'],
    [
      apiError(502, PROXY_ERROR_CODES.credentialsRefused),
      "The dashboard's Capillary credentials were refused — tell an administrator",
    ],
    [
      apiError(0, CLIENT_ERROR_CODES.network),
      'The dashboard could not reach its server. Check the connection.',
    ],
    [apiError(200, CLIENT_ERROR_CODES.badBody), "Capillary's answer could not be read"],
    [apiError(429, null), 'Too many requests just now: wait a moment, then try again.'],
    [
      new ApiError({
        status: 429,
        code: PROXY_ERROR_CODES.upstreamBudgetExhausted,
        messages: [],
        retryAfterSeconds: 40,
      }),
      'Capillary allowance used up. The dashboard has used its allowance of Capillary calls for this minute. Try again in 40 seconds.',
    ],
    [
      apiError(401, PROXY_ERROR_CODES.unauthenticated),
      'You are not signed in to the dashboard. Reload the page to sign in.',
    ],
    [apiError(403, PROXY_ERROR_CODES.forbidden), 'The dashboard did not allow this search.'],
    [apiError(418, null), 'The search failed (HTTP 418).'],
    [new ZodError([]), "Capillary's answer could not be read"],
  ])('says %o in words', (error, title) => {
    expect(describeLookupError(error, 'mobile').title).toBe(title);
  });
});
