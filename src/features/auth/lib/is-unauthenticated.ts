import { PROXY_ERROR_CODES } from '../../../../contract/error-codes';
import { ApiError } from '../../../lib/api-client';

/** A 401 MP_UNAUTHENTICATED: no session (any more). Not a wrong password, which is MP_SIGN_IN_FAILED. */
export function isUnauthenticated(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status === 401 && error.code === PROXY_ERROR_CODES.unauthenticated
  );
}
