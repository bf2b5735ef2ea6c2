import type { ApiMessage } from '../../contract';
import { readEnvelope } from './api-envelope';

/**
 * The one way the browser talks to /api. Non-2xx answers (and a 2xx whose envelope carries errors but
 * no data) become an ApiError that keeps the upstream's own messages, so a page can show them as sent.
 */

/** Codes this client gives to failures that never produced an envelope. Server codes are `MP_…`. */
export const CLIENT_ERROR_CODES = {
  /** The request never got an answer (offline, DNS, the proxy down). */
  network: 'CLIENT_NETWORK',
  /** The answer was not JSON. */
  badBody: 'CLIENT_BAD_BODY',
} as const;

export type ApiErrorInit = {
  status: number;
  code: string | number | null;
  messages: string[];
  /** The answer's Retry-After, in whole seconds from now; null when it had none. */
  retryAfterSeconds?: number | null;
};

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | number | null;
  readonly messages: string[];
  readonly retryAfterSeconds: number | null;

  constructor({ status, code, messages, retryAfterSeconds = null }: ApiErrorInit) {
    super(messages[0] ?? `Request failed with status ${status}`);
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ApiClient = {
  /** GETs a same-origin /api path and gives the parsed JSON body (still unknown: parse it with zod). */
  getJson: (path: string, options?: { signal?: AbortSignal }) => Promise<unknown>;
  /** POSTs or DELETEs, with `body` sent as JSON when given; the answer as getJson gives it. */
  sendJson: (method: 'POST' | 'DELETE', path: string, body?: unknown) => Promise<unknown>;
};

function messagesOf(items: ApiMessage[]): string[] {
  return items.map((item) => item.message).filter((m): m is string => typeof m === 'string' && m !== '');
}

/**
 * Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date; whole seconds from `now`, at least 1.
 * Anything else is ignored (null), as the RFC says of a value that cannot be read.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.max(1, Number(text));
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return null;
  return Math.max(1, Math.ceil((at - now) / 1000));
}

function errorFromEnvelope(status: number, body: unknown, retryAfterSeconds: number | null): ApiError | null {
  const envelope = readEnvelope(body);
  if (!envelope) return null;
  const { errors } = envelope;
  return new ApiError({
    status,
    code: errors[0]?.code ?? null,
    messages: messagesOf(errors),
    retryAfterSeconds,
  });
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

// Bound late: a bare `fetch` reference called with another `this` throws "Illegal invocation".
export const browserFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

type Call = { method: 'GET' | 'POST' | 'DELETE'; body?: unknown; signal?: AbortSignal };

export function createApiClient(fetchImpl: FetchLike = browserFetch): ApiClient {
  async function call(path: string, { method, body: sent, signal }: Call): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method,
        credentials: 'same-origin',
        // X-Requested-With: the proxy's CSRF rule only answers requests a page's script made.
        headers: {
          Accept: 'application/json',
          'X-Requested-With': 'fetch',
          ...(sent === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: sent === undefined ? undefined : JSON.stringify(sent),
        signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, messages: [] });
    }

    const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      throw new ApiError({
        status: response.status,
        code: response.ok ? CLIENT_ERROR_CODES.badBody : null,
        messages: [],
        retryAfterSeconds,
      });
    }

    if (!response.ok) {
      throw (
        errorFromEnvelope(response.status, body, retryAfterSeconds) ??
        new ApiError({ status: response.status, code: null, messages: [], retryAfterSeconds })
      );
    }
    // Capillary can answer 200 with errors and no data: that is a failure too.
    const envelope = readEnvelope(body);
    if (envelope && envelope.data == null && envelope.errors.length > 0) {
      throw errorFromEnvelope(response.status, body, retryAfterSeconds);
    }
    return body;
  }

  return {
    getJson: (path, options = {}) => call(path, { method: 'GET', signal: options.signal }),
    sendJson: (method, path, body) => call(path, { method, body }),
  };
}
