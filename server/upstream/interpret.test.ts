import { describe, expect, it } from 'vitest';

import { targetGroupsPath } from './capillary-source';
import type { UpstreamResponse } from './http-client';
import { createRedactor, interpretTargets } from './interpret';

const redact = createRedactor('eu.api.capillarytech.com');
const answer = (
  status: number,
  body: string,
  headers: UpstreamResponse['headers'] = {},
): UpstreamResponse => ({
  status,
  headers,
  body: Buffer.from(body),
});

describe('interpretTargets', () => {
  it('forwards a 2xx envelope as the very same bytes', () => {
    const body = '{"data":{"userId":1},"errors":null}';
    const result = interpretTargets(answer(200, body), redact);
    expect(result).toMatchObject({ outcome: 'found', status: 200 });
    expect(result.outcome === 'found' && Buffer.from(result.body).toString()).toBe(body);
  });

  it.each(['', '[1,2]', '"text"', '{"data":', '<html></html>', '{"errors":"broken"}'])(
    'a 2xx body %j that is not a whole envelope is a bad response',
    (body) => {
      expect(interpretTargets(answer(200, body), redact)).toMatchObject({
        outcome: 'failed',
        failure: 'badResponse',
      });
    },
  );

  it("keeps a 4xx about the member with Capillary's code, its words reduced to plain text", () => {
    const body = JSON.stringify({
      errors: [
        {
          code: 310011,
          message: 'Invalid userId <b>see</b> https://eu.api.capillarytech.com/docs',
          extra: 'x',
        },
        { code: null, message: 'Contact eu.api.capillarytech.com support' },
      ],
      warnings: ['slow'],
    });
    expect(interpretTargets(answer(422, body), redact)).toEqual({
      outcome: 'rejected',
      status: 422,
      errors: [
        { code: 310011, message: 'Invalid userId see [link removed]' },
        { code: null, message: 'Contact [upstream] support' },
      ],
      warnings: [{ code: null, message: 'slow' }],
      upstreamStatus: 422,
    });
  });

  it("keeps Capillary's documented 400 example, which has no data key", () => {
    const body = '{"errors":[{"code":310011,"message":"Invalid userId"}]}';
    expect(interpretTargets(answer(400, body), redact)).toEqual({
      outcome: 'rejected',
      status: 400,
      errors: [{ code: 310011, message: 'Invalid userId' }],
      warnings: [],
      upstreamStatus: 400,
    });
  });

  it.each([
    [401, 'credentialsRefused'],
    [403, 'credentialsRefused'],
    [498, 'credentialsRefused'],
    [405, 'failed'],
    [415, 'failed'],
    [500, 'failed'],
    [503, 'failed'],
    [521, 'failed'],
  ])('status %i → %s', (status, failure) => {
    expect(interpretTargets(answer(status, '{"errors":[]}'), redact)).toMatchObject({
      outcome: 'failed',
      failure,
    });
  });

  it('a 429 is rate limiting, with the Retry-After it came with', () => {
    expect(interpretTargets(answer(429, '{}', { 'retry-after': '12' }), redact)).toMatchObject({
      outcome: 'failed',
      failure: 'rateLimited',
      retryAfterSeconds: 12,
    });
  });
});

describe('targetGroupsPath', () => {
  it('is built from the validated id and query only', () => {
    expect(targetGroupsPath('64035151', {})).toBe('/v3/users/64035151/targetGroups');
    expect(targetGroupsPath('1', { includeInactive: false, targetRuleId: '9' })).toBe(
      '/v3/users/1/targetGroups?includeInactive=false&targetRuleId=9',
    );
  });

  it('refuses an id that skipped validation', () => {
    expect(() => targetGroupsPath('../1', {})).toThrow(TypeError);
  });
});
