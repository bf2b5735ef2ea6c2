import { describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../../contract';
import { ApiError } from './api-client';
import { describeWaitRefusal, retryAfterText } from './api-client-refusals';

const refusal = (status: number, code: string, retryAfterSeconds: number | null = null) =>
  new ApiError({ status, code, messages: ['The server’s own words'], retryAfterSeconds });

describe('retryAfterText', () => {
  it('says seconds, then minutes, and "a moment" without a number', () => {
    expect(retryAfterText(1)).toBe('in 1 second');
    expect(retryAfterText(30)).toBe('in 30 seconds');
    expect(retryAfterText(89)).toBe('in 89 seconds');
    expect(retryAfterText(90)).toBe('in 2 minutes');
    expect(retryAfterText(300)).toBe('in 5 minutes');
    expect(retryAfterText(null)).toBe('in a moment');
  });
});

describe('describeWaitRefusal', () => {
  it.each([
    [
      429,
      PROXY_ERROR_CODES.rateLimited,
      'Too many requests',
      'You have sent more requests in the last minute',
    ],
    [
      429,
      PROXY_ERROR_CODES.upstreamBudgetExhausted,
      'Capillary allowance used up',
      'allowance of Capillary calls',
    ],
    [503, PROXY_ERROR_CODES.upstreamCircuitOpen, 'Capillary is unavailable', 'giving it a short rest'],
    [503, PROXY_ERROR_CODES.upstreamBusy, 'The dashboard is busy', 'too many Capillary calls'],
    [429, PROXY_ERROR_CODES.signInThrottled, 'Too many failed sign-ins', 'several wrong passwords'],
  ])('%i %s: "%s", and when to try again', (status, code, title, why) => {
    const words = describeWaitRefusal(refusal(status, code, 12));
    expect(words?.title).toBe(title);
    expect(words?.reason).toContain(why);
    expect(words?.reason).toMatch(/ Try again in 12 seconds\.$/);
    expect(words?.retryAfterSeconds).toBe(12);
  });

  it('says "in a moment" when the answer had no Retry-After', () => {
    expect(describeWaitRefusal(refusal(503, PROXY_ERROR_CODES.upstreamBusy))?.reason).toBe(
      'The dashboard is waiting on too many Capillary calls already. Try again in a moment.',
    );
  });

  it('leaves every other failure to the page', () => {
    expect(describeWaitRefusal(refusal(504, PROXY_ERROR_CODES.upstreamTimeout, 5))).toBeNull();
    expect(describeWaitRefusal(refusal(401, PROXY_ERROR_CODES.unauthenticated))).toBeNull();
    expect(describeWaitRefusal(new Error('boom'))).toBeNull();
  });
});
