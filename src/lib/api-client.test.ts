import { describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../../contract';
import { ApiError, CLIENT_ERROR_CODES, createApiClient, parseRetryAfter, type FetchLike } from './api-client';

type Call = { input: string; init: RequestInit };

function serve(status: number, body: string): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (input, init) => {
      calls.push({ input, init });
      return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('createApiClient', () => {
  it('sends X-Requested-With and Accept, and gives the JSON body', async () => {
    const network = serve(200, JSON.stringify({ data: { demo: true } }));
    const body = await createApiClient(network.fetch).getJson('/api/config');
    expect(body).toEqual({ data: { demo: true } });
    expect(network.calls[0]?.input).toBe('/api/config');
    expect(network.calls[0]?.init.headers).toMatchObject({
      'X-Requested-With': 'fetch',
      Accept: 'application/json',
    });
  });

  it('turns a non-2xx envelope into an ApiError that keeps the upstream messages', async () => {
    const network = serve(
      400,
      JSON.stringify({ data: null, errors: [{ code: 310011, message: 'Invalid userId' }], warnings: null }),
    );
    const error = await failure(createApiClient(network.fetch).getJson('/api/v3/users/99999/targetGroups'));
    expect(error).toMatchObject({ status: 400, code: 310011, messages: ['Invalid userId'] });
  });

  it('keeps our proxy codes', async () => {
    const network = serve(
      504,
      JSON.stringify({
        data: null,
        errors: [{ code: PROXY_ERROR_CODES.upstreamTimeout, message: 'Timed out' }],
      }),
    );
    const error = await failure(createApiClient(network.fetch).getJson('/api/x'));
    expect(error).toMatchObject({ status: 504, code: 'MP_UPSTREAM_TIMEOUT', messages: ['Timed out'] });
  });

  it('treats a 200 with errors and no data as a failure', async () => {
    const network = serve(
      200,
      JSON.stringify({ data: null, errors: [{ code: 8015, message: 'Not found' }] }),
    );
    const error = await failure(createApiClient(network.fetch).getJson('/api/x'));
    expect(error).toMatchObject({ status: 200, code: 8015, messages: ['Not found'] });
  });

  it('gives a 200 that has data and warnings as it is', async () => {
    const body = { data: { userId: 1 }, errors: null, warnings: [{ code: 1, message: 'Partial' }] };
    const network = serve(200, JSON.stringify(body));
    await expect(createApiClient(network.fetch).getJson('/api/x')).resolves.toEqual(body);
  });

  it('reports a body that is not JSON', async () => {
    const ok = await failure(createApiClient(serve(200, '<html>').fetch).getJson('/api/x'));
    expect(ok).toMatchObject({ status: 200, code: CLIENT_ERROR_CODES.badBody, messages: [] });
    const bad = await failure(createApiClient(serve(502, 'Bad Gateway').fetch).getJson('/api/x'));
    expect(bad).toMatchObject({ status: 502, code: null, messages: [] });
  });

  it('reports a failed connection as a network error', async () => {
    const offline: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(createApiClient(offline).getJson('/api/x'));
    expect(error).toMatchObject({ status: 0, code: CLIENT_ERROR_CODES.network });
  });

  it('lets a cancellation through untouched', async () => {
    const aborted: FetchLike = async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    };
    await expect(createApiClient(aborted).getJson('/api/x')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('POSTs a JSON body and DELETEs without one, both with X-Requested-With', async () => {
    const network = serve(200, JSON.stringify({ data: { username: 'asha', role: 'staff' } }));
    const client = createApiClient(network.fetch);
    await expect(
      client.sendJson('POST', '/api/session', { username: 'asha', password: 'pw' }),
    ).resolves.toEqual({
      data: { username: 'asha', role: 'staff' },
    });
    await client.sendJson('DELETE', '/api/session');
    const [post, del] = network.calls;
    expect(post?.init).toMatchObject({ method: 'POST', body: '{"username":"asha","password":"pw"}' });
    expect(post?.init.headers).toMatchObject({
      'X-Requested-With': 'fetch',
      'Content-Type': 'application/json',
    });
    expect(del?.init).toMatchObject({ method: 'DELETE', body: undefined });
    expect(del?.init.headers).toMatchObject({ 'X-Requested-With': 'fetch' });
    expect(del?.init.headers).not.toHaveProperty('Content-Type');
  });

  it('keeps the Retry-After of a refusal, in seconds', async () => {
    const limited: FetchLike = async () =>
      new Response(
        JSON.stringify({ data: null, errors: [{ code: 'MP_RATE_LIMITED', message: 'Slow down' }] }),
        {
          status: 429,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '17' },
        },
      );
    const error = await failure(createApiClient(limited).getJson('/api/x'));
    expect(error).toMatchObject({ status: 429, code: 'MP_RATE_LIMITED', retryAfterSeconds: 17 });
    const plain = await failure(createApiClient(serve(503, '{}').fetch).getJson('/api/x'));
    expect(plain.retryAfterSeconds).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');

  it('reads delay-seconds, at least one', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter(' 0 ', now)).toBe(1);
  });

  it('reads an HTTP-date as the seconds until then', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(1);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
  });
});
