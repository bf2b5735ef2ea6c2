import { CAPILLARY_INVALID_USER_ID, ContractError, PROXY_ERROR_CODES } from '../../../../contract';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { describeWaitRefusal } from '../../../lib/api-client-refusals';

export type MemberErrorDescription = {
  /** What happened, in our words. */
  title: string;
  /** Why, or what to do. */
  reason: string;
  /** The upstream's own messages, as sent. */
  messages: string[];
  /** Whether "Try again" can help. */
  canRetry: boolean;
  /** Technical detail for a <details>, when there is any. */
  detail: string | null;
};

const UNAVAILABLE = 'Capillary is unavailable';
const TIMEOUT = 'Capillary did not answer in time';
const CREDENTIALS = "The dashboard's Capillary credentials were refused — tell an administrator";
const UNREADABLE = "Capillary's answer could not be read";

// The proxy's own refusals (its auth and CSRF rules), by their codes in contract/envelope.ts.
const DASHBOARD_REFUSALS: ReadonlySet<string> = new Set(['MP_FORBIDDEN', 'MP_CSRF_HEADER_MISSING']);

const NOT_FOUND_CODES: ReadonlySet<string> = new Set([
  String(CAPILLARY_INVALID_USER_ID),
  PROXY_ERROR_CODES.notFound,
]);

function describeApiError(error: ApiError, userId: string): MemberErrorDescription {
  const messages = error.messages;
  const base = { messages, detail: null };
  // 310011 is Capillary's "Invalid userId"; MP_NOT_FOUND is our proxy's word for a 404 without errors.
  if (NOT_FOUND_CODES.has(String(error.code))) {
    return {
      ...base,
      title: 'Member not found',
      reason: `No member with ID ${userId} in this programme.`,
      canRetry: false,
    };
  }
  if (error.code === PROXY_ERROR_CODES.invalidRequest && error.status === 400) {
    return {
      ...base,
      title: 'That is not a member ID',
      reason: 'Member IDs are digits only, with no leading zero.',
      canRetry: false,
    };
  }
  const failed = { ...base, title: 'Could not load this member', canRetry: true };
  // Rate limited, the breaker open, too busy: say so, and when to come back (Retry-After).
  const refusal = describeWaitRefusal(error);
  if (refusal) return { ...failed, reason: `${refusal.title}. ${refusal.reason}` };
  if (error.code === CLIENT_ERROR_CODES.network) {
    return { ...failed, reason: 'The dashboard could not reach its server. Check the connection.' };
  }
  if (error.code === PROXY_ERROR_CODES.credentialsRefused) return { ...failed, reason: CREDENTIALS };
  if (error.code === PROXY_ERROR_CODES.upstreamTimeout || error.status === 504) {
    return { ...failed, reason: TIMEOUT };
  }
  if (error.code === PROXY_ERROR_CODES.upstreamBadBody) {
    return { ...failed, reason: `${UNAVAILABLE}: its answer was incomplete or could not be read` };
  }
  if (error.code === CLIENT_ERROR_CODES.badBody) return { ...failed, reason: UNREADABLE };
  if (error.status >= 500) return { ...failed, reason: UNAVAILABLE };
  if (error.status === 429) {
    return { ...failed, reason: 'Too many requests just now: wait a moment, then try again.' };
  }
  if (error.status === 401) {
    return {
      ...base,
      title: 'Could not load this member',
      reason: 'You are not signed in to the dashboard. Reload the page to sign in.',
      canRetry: false,
    };
  }
  if (error.status === 403 && DASHBOARD_REFUSALS.has(String(error.code))) {
    return {
      ...base,
      title: 'Could not load this member',
      reason: 'The dashboard did not allow this request.',
      canRetry: false,
    };
  }
  if (error.status === 200) {
    return {
      ...base,
      title: 'Capillary could not give this member',
      reason: 'Capillary answered with an error.',
      canRetry: true,
    };
  }
  return {
    ...base,
    title: 'Capillary refused the request',
    reason: `The request was refused (HTTP ${error.status}).`,
    canRetry: error.status === 408,
  };
}

/** Any failure of the member query, in words a programme manager or store staff can act on. */
export function describeMemberError(error: unknown, userId: string): MemberErrorDescription {
  if (error instanceof ApiError) return describeApiError(error, userId);
  if (error instanceof ContractError) {
    return {
      title: 'Could not load this member',
      reason: UNREADABLE,
      messages: [],
      canRetry: true,
      detail: error.message,
    };
  }
  return {
    title: 'Could not load this member',
    reason: 'Something went wrong in the dashboard.',
    messages: [],
    canRetry: true,
    detail: error instanceof Error ? error.message : null,
  };
}
