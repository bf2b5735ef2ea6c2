import { PROXY_ERROR_CODES } from '../../../../contract/error-codes';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import type { IdentifierKind } from './classify-query';
import { IDENTIFIER_NOUNS } from './search-labels';
import { describeWaitRefusal } from '../../../lib/api-client-refusals';

export type LookupErrorDescription = {
  /** What happened, in our words. */
  title: string;
  /** The server's own messages, as sent (Capillary's "Customer not found", the proxy's validation). */
  messages: string[];
};

// Capillary's v2 "customer not found" (it may come with HTTP 200); the proxy answers it as 404.
const NOT_FOUND_CODES: ReadonlySet<string> = new Set(['8015']);

function describeApiError(error: ApiError, kind: IdentifierKind): LookupErrorDescription {
  const noun = IDENTIFIER_NOUNS[kind];
  const say = (title: string) => ({ title, messages: error.messages });
  const refusal = describeWaitRefusal(error);
  if (refusal) return say(`${refusal.title}. ${refusal.reason}`);
  if (error.status === 404 || NOT_FOUND_CODES.has(String(error.code))) {
    return say(`No member found for that ${noun}`);
  }
  if (error.status === 400) return say(`That ${noun} was not accepted`);
  if (error.code === CLIENT_ERROR_CODES.network) {
    return say('The dashboard could not reach its server. Check the connection.');
  }
  if (error.code === PROXY_ERROR_CODES.credentialsRefused) {
    return say("The dashboard's Capillary credentials were refused — tell an administrator");
  }
  if (error.code === PROXY_ERROR_CODES.upstreamTimeout || error.status === 504) {
    return say('Capillary did not answer in time. Try again in a moment.');
  }
  if (error.code === CLIENT_ERROR_CODES.badBody) return say("Capillary's answer could not be read");
  if (error.status === 429) return say('Too many requests just now: wait a moment, then try again.');
  if (error.status >= 500) return say('Capillary is unavailable. Try again in a moment.');
  if (error.status === 401) return say('You are not signed in to the dashboard. Reload the page to sign in.');
  if (error.status === 403) return say('The dashboard did not allow this search.');
  return say(`The search failed (HTTP ${error.status}).`);
}

/** Any failure of a lookup, in words store staff can act on, naming the identifier searched. */
export function describeLookupError(error: unknown, kind: IdentifierKind): LookupErrorDescription {
  if (error instanceof ApiError) return describeApiError(error, kind);
  // A body that is not the contract's shape (a ZodError) or anything else unexpected.
  return { title: "Capillary's answer could not be read", messages: [] };
}
