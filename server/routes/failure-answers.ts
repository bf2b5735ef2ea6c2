import type { Context } from 'hono';

import { PROXY_ERROR_CODES, type ProxyErrorCode } from '../../contract/error-codes';
import { apiError, apiJson, envelope } from '../api-response';
import type { AppEnv } from '../app-env';
import { maskText } from '../privacy/mask';
import type { SourceFailed, SourceFailure, SourceMessage, SourceRejected } from '../upstream/source';

type Answer = { status: number; code: ProxyErrorCode; message: string };

const TRY_AGAIN = 'Try again in a moment.';

/**
 * The status says the category, the code the exact case (docs/decisions/004-error-envelope.md); the
 * words are ours and never carry the upstream's host, stack or HTML.
 */
export const FAILURE_ANSWERS: Record<Exclude<SourceFailure, 'rateLimited'>, Answer> = {
  credentialsRefused: {
    status: 502,
    code: PROXY_ERROR_CODES.credentialsRefused,
    message:
      "The dashboard's Capillary credentials were refused. Ask an administrator to check the dashboard's Capillary settings.",
  },
  timeout: {
    status: 504,
    code: PROXY_ERROR_CODES.upstreamTimeout,
    message: `Capillary did not answer in time. ${TRY_AGAIN}`,
  },
  unreachable: {
    status: 502,
    code: PROXY_ERROR_CODES.upstreamUnreachable,
    message: `Capillary could not be reached. ${TRY_AGAIN}`,
  },
  badResponse: {
    status: 502,
    code: PROXY_ERROR_CODES.upstreamBadBody,
    message: `Capillary sent an answer that was incomplete or not JSON. ${TRY_AGAIN}`,
  },
  tooLarge: {
    status: 502,
    code: PROXY_ERROR_CODES.upstreamTooLarge,
    message: 'Capillary sent an answer larger than the dashboard accepts.',
  },
  redirect: {
    status: 502,
    code: PROXY_ERROR_CODES.upstreamRedirect,
    message: 'Capillary answered with a redirect, which the dashboard does not follow. Ask an administrator.',
  },
  failed: {
    status: 502,
    code: PROXY_ERROR_CODES.upstreamFailed,
    message: `Capillary is unavailable: it reported an error. ${TRY_AGAIN}`,
  },
  circuitOpen: {
    status: 503,
    code: PROXY_ERROR_CODES.upstreamCircuitOpen,
    message:
      'Capillary has been failing, so the dashboard is giving it a short rest before calling it again. Try again in a moment.',
  },
  // The issue names 429 here: the budget is the dashboard's own choice, and waiting is the remedy.
  budgetExhausted: {
    status: 429,
    code: PROXY_ERROR_CODES.upstreamBudgetExhausted,
    message: `The dashboard has used its allowance of Capillary calls for this minute. ${TRY_AGAIN}`,
  },
  busy: {
    status: 503,
    code: PROXY_ERROR_CODES.upstreamBusy,
    message: `The dashboard is waiting on too many Capillary calls already. ${TRY_AGAIN}`,
  },
  // Nobody reads this answer (the browser left); 499 keeps the log line honest.
  aborted: {
    status: 499,
    code: PROXY_ERROR_CODES.upstreamFailed,
    message: 'The request was cancelled.',
  },
};

/** Refusals of our own that say when to come back. */
export const RETRY_AFTER_DEFAULTS: Partial<Record<SourceFailure, number>> = {
  circuitOpen: 30,
  budgetExhausted: 60,
  busy: 1,
};

const DEFAULT_RETRY_AFTER_SECONDS = 30;

/**
 * Capillary rate-limits per API key, and the key is the dashboard's, shared by every user: so a 429
 * is "the service is busy" (503 with Retry-After) rather than "you sent too many" (429).
 */
export function rateLimitedAnswer(retryAfterSeconds: number | undefined): Answer & { retryAfter: string } {
  const seconds = retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
  return {
    status: 503,
    code: PROXY_ERROR_CODES.upstreamFailed,
    message: `Capillary is limiting how often the dashboard may call it. Try again in ${seconds} seconds.`,
    retryAfter: String(seconds),
  };
}

export const maskMessages = (list: SourceMessage[]) =>
  list.map((m) => ({ ...m, message: maskText(m.message) }));

/**
 * A 4xx about the member or the input, for every route: Capillary's own codes and messages (masked for staff,
 * since they may repeat what was typed), or `generic` in our words when it named none.
 */
export function rejectedResponse(
  c: Context<AppEnv>,
  result: SourceRejected,
  staff: boolean,
  generic: (status: number) => SourceMessage,
): Response {
  const given = result.errors.length > 0 ? result.errors : [generic(result.status)];
  const errors = staff ? maskMessages(given) : given;
  const warnings = staff ? maskMessages(result.warnings) : result.warnings;
  c.set('errorCode', String(errors[0]?.code ?? ''));
  return apiJson(result.status, envelope(null, errors, warnings));
}

/** An upstream failure, for every route: our status, code and words, with Retry-After where it helps. */
export function failedResponse(c: Context<AppEnv>, result: SourceFailed): Response {
  if (result.failure === 'rateLimited') {
    const a = rateLimitedAnswer(result.retryAfterSeconds);
    return apiError(c, a.status, a.code, a.message, { 'retry-after': a.retryAfter });
  }
  const a = FAILURE_ANSWERS[result.failure];
  const retryAfter = result.retryAfterSeconds ?? RETRY_AFTER_DEFAULTS[result.failure];
  return apiError(
    c,
    a.status,
    a.code,
    a.message,
    retryAfter === undefined ? undefined : { 'retry-after': String(retryAfter) },
  );
}
