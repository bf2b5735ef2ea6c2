import { describe, expect, it } from 'vitest';

import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { describeSignInError } from './describe-sign-in-error';

const failed = (status: number, code: string | null, retryAfterSeconds: number | null = null) =>
  new ApiError({ status, code, messages: [], retryAfterSeconds });

describe('describeSignInError', () => {
  it('says a wrong username or password plainly', () => {
    expect(describeSignInError(failed(401, 'MP_SIGN_IN_FAILED'))).toEqual({
      title: 'Wrong username or password',
      reason: 'Check both, then sign in again.',
    });
  });

  it('says when to try again after too many failures', () => {
    expect(describeSignInError(failed(429, 'MP_SIGN_IN_THROTTLED', 8))).toEqual({
      title: 'Too many failed sign-ins',
      reason: 'Sign-in is paused for this username after several wrong passwords. Try again in 8 seconds.',
    });
  });

  it('tells a dropped connection, a server failure and anything else apart', () => {
    expect(describeSignInError(failed(0, CLIENT_ERROR_CODES.network)).reason).toBe(
      'The dashboard could not reach its server. Check the connection, then try again.',
    );
    expect(describeSignInError(failed(500, 'MP_INTERNAL')).reason).toBe(
      'The dashboard could not sign you in just now. Try again in a moment.',
    );
    expect(describeSignInError(failed(400, 'MP_INVALID_REQUEST')).reason).toBe(
      'Enter both your username and your password.',
    );
    expect(describeSignInError(failed(403, 'MP_CSRF_HEADER_MISSING')).reason).toBe(
      'The sign-in was refused (HTTP 403).',
    );
    expect(describeSignInError(new Error('boom')).title).toBe('Could not sign in');
  });
});
