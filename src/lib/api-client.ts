import { envelopeSchema, type ApiMessage } from '../../contract';

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
};

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string | number | null;
  readonly messages: string[];

  constructor({ status, code, messages }: ApiErrorInit) {
    super(messages[0] ?? `Request failed with status ${status}`);
    this.status = status;
    this.code = code;
    this.messages = messages;
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ApiClient = {
  /** GETs a same-origin /api path and gives the parsed JSON body (still unknown: parse it with zod). */
  getJson: (path: string, options?: { signal?: AbortSignal }) => Promise<unknown>;
};

function messagesOf(items: ApiMessage[]): string[] {
  return items.map((item) => item.message).filter((m): m is string => typeof m === 'string' && m !== '');
}

function errorFromEnvelope(status: number, body: unknown): ApiError | null {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return null;
  const { errors } = envelope.data;
  return new ApiError({ status, code: errors[0]?.code ?? null, messages: messagesOf(errors) });
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

// Bound late: a bare `fetch` reference called with another `this` throws "Illegal invocation".
const browserFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

export function createApiClient(fetchImpl: FetchLike = browserFetch): ApiClient {
  return {
    async getJson(path, options = {}) {
      let response: Response;
      try {
        response = await fetchImpl(path, {
          method: 'GET',
          credentials: 'same-origin',
          // X-Requested-With: the proxy's CSRF rule only answers requests a page's script made.
          headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' },
          signal: options.signal,
        });
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, messages: [] });
      }

      const text = await response.text();
      let body: unknown;
      try {
        body = text === '' ? null : JSON.parse(text);
      } catch {
        throw new ApiError({
          status: response.status,
          code: response.ok ? CLIENT_ERROR_CODES.badBody : null,
          messages: [],
        });
      }

      if (!response.ok) {
        throw (
          errorFromEnvelope(response.status, body) ??
          new ApiError({ status: response.status, code: null, messages: [] })
        );
      }
      // Capillary can answer 200 with errors and no data: that is a failure too.
      const envelope = envelopeSchema.safeParse(body);
      if (envelope.success && envelope.data.data == null && envelope.data.errors.length > 0) {
        throw errorFromEnvelope(response.status, body);
      }
      return body;
    },
  };
}
