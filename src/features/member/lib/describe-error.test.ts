import { describe, expect, it } from 'vitest';

import { ContractError, PROXY_ERROR_CODES } from '../../../../contract';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { describeMemberError } from './describe-error';

const api = (status: number, code: string | number | null, messages: string[] = []) =>
  new ApiError({ status, code, messages });

describe('describeMemberError', () => {
  it('reads Capillary 310011 as an unknown member, keeping its message', () => {
    expect(describeMemberError(api(400, 310011, ['Invalid userId']), '99999')).toEqual({
      title: 'Member not found',
      reason: 'No member with ID 99999 in this programme.',
      messages: ['Invalid userId'],
      canRetry: false,
      detail: null,
    });
    expect(describeMemberError(api(200, '310011'), '5').title).toBe('Member not found');
  });

  it('reads our not-found code (a 404 without errors) as an unknown member', () => {
    expect(
      describeMemberError(api(404, PROXY_ERROR_CODES.notFound, ['Capillary found no such member.']), '7'),
    ).toMatchObject({
      title: 'Member not found',
      reason: 'No member with ID 7 in this programme.',
      messages: ['Capillary found no such member.'],
    });
  });

  it('reads our invalid-request code on a 400 as an invalid id', () => {
    expect(describeMemberError(api(400, PROXY_ERROR_CODES.invalidRequest), '1')).toMatchObject({
      title: 'That is not a member ID',
      canRetry: false,
    });
  });

  it('reads another refusal as a refusal, keeping the words', () => {
    expect(
      describeMemberError(
        api(403, PROXY_ERROR_CODES.invalidRequest, ['Capillary refused the request (HTTP 403).']),
        '1',
      ),
    ).toMatchObject({
      title: 'Capillary refused the request',
      canRetry: false,
      messages: ['Capillary refused the request (HTTP 403).'],
    });
  });

  it('names the reason an upstream failed, and offers a retry', () => {
    const cases: [ApiError, string][] = [
      [api(504, PROXY_ERROR_CODES.upstreamTimeout), 'Capillary did not answer in time'],
      [api(504, null), 'Capillary did not answer in time'],
      [api(502, PROXY_ERROR_CODES.upstreamFailed), 'Capillary is unavailable'],
      [api(502, PROXY_ERROR_CODES.upstreamUnreachable), 'Capillary is unavailable'],
      [api(503, null), 'Capillary is unavailable'],
      [
        api(502, PROXY_ERROR_CODES.credentialsRefused),
        "The dashboard's Capillary credentials were refused — tell an administrator",
      ],
      [
        api(502, PROXY_ERROR_CODES.upstreamBadBody),
        'Capillary is unavailable: its answer was incomplete or could not be read',
      ],
      [api(200, CLIENT_ERROR_CODES.badBody), "Capillary's answer could not be read"],
      [api(0, CLIENT_ERROR_CODES.network), 'The dashboard could not reach its server. Check the connection.'],
    ];
    for (const [error, reason] of cases) {
      expect(describeMemberError(error, '1')).toMatchObject({ reason, canRetry: true });
    }
  });

  it('reads a body that is not the envelope as unreadable, with the detail', () => {
    expect(describeMemberError(new ContractError('Not a Capillary response: data: bad'), '1')).toMatchObject({
      reason: "Capillary's answer could not be read",
      detail: 'Not a Capillary response: data: bad',
    });
  });

  it('keeps a 200 error as Capillary sent it', () => {
    expect(describeMemberError(api(200, 8015, ['Customer not found']), '1')).toMatchObject({
      title: 'Capillary could not give this member',
      messages: ['Customer not found'],
    });
  });

  it('has words for anything else', () => {
    expect(describeMemberError(api(403, null), '1').reason).toBe('The request was refused (HTTP 403).');
    expect(describeMemberError(api(408, null), '1').canRetry).toBe(true);
  });

  it('asks to wait on a rate limit, and says when the dashboard itself refused', () => {
    expect(describeMemberError(api(429, null, ['Slow down']), '1')).toMatchObject({
      reason: 'Too many requests just now: wait a moment, then try again.',
      messages: ['Slow down'],
      canRetry: true,
    });
    const limited = new ApiError({
      status: 429,
      code: 'MP_RATE_LIMITED',
      messages: [],
      retryAfterSeconds: 30,
    });
    expect(describeMemberError(limited, '1')).toMatchObject({
      reason:
        'Too many requests. You have sent more requests in the last minute than the dashboard allows. Try again in 30 seconds.',
      canRetry: true,
    });
    const breaker = new ApiError({
      status: 503,
      code: 'MP_UPSTREAM_CIRCUIT_OPEN',
      messages: [],
      retryAfterSeconds: 20,
    });
    expect(describeMemberError(breaker, '1').reason).toBe(
      'Capillary is unavailable. Capillary has been failing, so the dashboard is giving it a short rest. Try again in 20 seconds.',
    );
    expect(describeMemberError(api(401, 'MP_UNAUTHENTICATED'), '1')).toMatchObject({
      reason: 'You are not signed in to the dashboard. Reload the page to sign in.',
      canRetry: false,
    });
    expect(describeMemberError(api(403, 'MP_FORBIDDEN'), '1').reason).toBe(
      'The dashboard did not allow this request.',
    );
    expect(describeMemberError(api(403, 4000, ['Access denied']), '1').title).toBe(
      'Capillary refused the request',
    );
    expect(describeMemberError('boom', '1')).toMatchObject({
      title: 'Could not load this member',
      detail: null,
    });
  });
});
