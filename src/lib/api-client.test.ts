import { describe, expect, it } from 'vitest';

import { PROXY_ERROR_CODES } from '../../contract';
import { ApiError, CLIENT_ERROR_CODES, createApiClient, type FetchLike } from './api-client';

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
});
