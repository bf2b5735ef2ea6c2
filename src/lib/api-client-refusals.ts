import { PROXY_ERROR_CODES } from '../../contract/error-codes';
import { ApiError } from './api-client';

/**
 * The proxy's "not now" answers (contract/envelope.ts), in plain words with when to come back from
 * their Retry-After. The one place these codes become sentences; pages add their own title.
 */
export type WaitRefusal = {
  /** What happened, e.g. "Too many requests". */
  title: string;
  /** Why, and when to try again: "… Try again in 30 seconds." */
  reason: string;
  retryAfterSeconds: number | null;
};

/** "in 1 second", "in 45 seconds", "in 2 minutes"; "in a moment" without a Retry-After. */
export function retryAfterText(seconds: number | null): string {
  if (seconds === null) return 'in a moment';
  if (seconds < 90) return seconds === 1 ? 'in 1 second' : `in ${seconds} seconds`;
  return `in ${Math.ceil(seconds / 60)} minutes`;
}

const WORDS: Record<string, { title: string; why: string }> = {
  [PROXY_ERROR_CODES.rateLimited]: {
    title: 'Too many requests',
    why: 'You have sent more requests in the last minute than the dashboard allows.',
  },
  [PROXY_ERROR_CODES.upstreamBudgetExhausted]: {
    title: 'Capillary allowance used up',
    why: 'The dashboard has used its allowance of Capillary calls for this minute.',
  },
  [PROXY_ERROR_CODES.upstreamCircuitOpen]: {
    title: 'Capillary is unavailable',
    why: 'Capillary has been failing, so the dashboard is giving it a short rest.',
  },
  [PROXY_ERROR_CODES.upstreamBusy]: {
    title: 'The dashboard is busy',
    why: 'The dashboard is waiting on too many Capillary calls already.',
  },
  [PROXY_ERROR_CODES.signInThrottled]: {
    title: 'Too many failed sign-ins',
    why: 'Sign-in is paused for this username after several wrong passwords.',
  },
};

/** The words for a refusal that waiting will cure, or null for any other failure. */
export function describeWaitRefusal(error: unknown): WaitRefusal | null {
  if (!(error instanceof ApiError)) return null;
  const words = WORDS[String(error.code)];
  if (!words) return null;
  const seconds = error.retryAfterSeconds;
  return {
    title: words.title,
    reason: `${words.why} Try again ${retryAfterText(seconds)}.`,
    retryAfterSeconds: seconds,
  };
}
