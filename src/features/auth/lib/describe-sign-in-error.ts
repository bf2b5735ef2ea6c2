import { PROXY_ERROR_CODES } from '../../../../contract/error-codes';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { describeWaitRefusal } from '../../../lib/api-client-refusals';

export type SignInErrorDescription = { title: string; reason: string };

/** A failed sign-in, in words that say what to do next. */
export function describeSignInError(error: unknown): SignInErrorDescription {
  const wait = describeWaitRefusal(error);
  if (wait) return { title: wait.title, reason: wait.reason };
  if (!(error instanceof ApiError)) {
    return { title: 'Could not sign in', reason: 'Something went wrong in the dashboard. Try again.' };
  }
  if (error.code === PROXY_ERROR_CODES.signInFailed || error.status === 401) {
    return { title: 'Wrong username or password', reason: 'Check both, then sign in again.' };
  }
  if (error.code === CLIENT_ERROR_CODES.network) {
    return {
      title: 'Could not sign in',
      reason: 'The dashboard could not reach its server. Check the connection, then try again.',
    };
  }
  if (error.status === 400) {
    return { title: 'Could not sign in', reason: 'Enter both your username and your password.' };
  }
  if (error.status >= 500) {
    return {
      title: 'Could not sign in',
      reason: 'The dashboard could not sign you in just now. Try again in a moment.',
    };
  }
  return { title: 'Could not sign in', reason: `The sign-in was refused (HTTP ${error.status}).` };
}
