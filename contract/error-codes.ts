// Our proxy's own error codes, in a module without schemas: the first chunk of the SPA imports these
// without pulling the contract's zod schemas along (they load with the member page).

/** Error codes of our own proxy (never Capillary's numbers). */
export const PROXY_ERROR_CODES = {
  invalidRequest: 'MP_INVALID_REQUEST',
  notFound: 'MP_NOT_FOUND',
  methodNotAllowed: 'MP_METHOD_NOT_ALLOWED',
  credentialsRefused: 'MP_UPSTREAM_CREDENTIALS_REFUSED',
  upstreamFailed: 'MP_UPSTREAM_FAILED',
  upstreamBadBody: 'MP_UPSTREAM_BAD_RESPONSE',
  upstreamTooLarge: 'MP_UPSTREAM_TOO_LARGE',
  upstreamRedirect: 'MP_UPSTREAM_REDIRECT',
  upstreamTimeout: 'MP_UPSTREAM_TIMEOUT',
  upstreamUnreachable: 'MP_UPSTREAM_UNREACHABLE',
  internal: 'MP_INTERNAL',
  /** No valid session (password), no trusted identity (header): sign in again. */
  unauthenticated: 'MP_UNAUTHENTICATED',
  /** POST /api/session with a wrong username or password. */
  signInFailed: 'MP_SIGN_IN_FAILED',
  /** Too many failed sign-ins for this username from this address: wait Retry-After seconds. */
  signInThrottled: 'MP_SIGN_IN_THROTTLED',
  /** Signed in, but no role of the dashboard's (header mode: none of the mapped groups). */
  forbidden: 'MP_FORBIDDEN',
  /** An /api request without X-Requested-With (not made by the app's own script). */
  csrfHeaderMissing: 'MP_CSRF_HEADER_MISSING',
  /** This user sent more than RATE_LIMIT_PER_USER_PER_MIN: wait Retry-After seconds. */
  rateLimited: 'MP_RATE_LIMITED',
  /** The dashboard's own budget of Capillary calls (UPSTREAM_RATE_PER_MIN) is spent: wait Retry-After. */
  upstreamBudgetExhausted: 'MP_UPSTREAM_BUDGET_EXHAUSTED',
  /** Capillary failed repeatedly; the dashboard stopped calling it for a while (Retry-After). */
  upstreamCircuitOpen: 'MP_UPSTREAM_CIRCUIT_OPEN',
  /** Too many Capillary calls in flight (UPSTREAM_MAX_IN_FLIGHT). */
  upstreamBusy: 'MP_UPSTREAM_BUSY',
  /** A request body larger than the route accepts. */
  payloadTooLarge: 'MP_PAYLOAD_TOO_LARGE',
} as const;
export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[keyof typeof PROXY_ERROR_CODES];

/** Capillary's code for an unknown or invalid member (capillary-notes.md). */
export const CAPILLARY_INVALID_USER_ID = 310011;
