import type { Context } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { apiError, apiJson, envelope } from '../api-response';
import { rawPath, type AppEnv } from '../app-env';
import type { MemberTargetsResult, MemberTargetsSource } from '../upstream/source';
import { checkTargetGroupsQuery, isPositiveJavaLong } from '../validation';

import { FAILURE_ANSWERS, rateLimitedAnswer } from './failure-answers';

export const TARGET_GROUPS_ROUTE = '/api/v3/users/:userId/targetGroups';

const EXACT = /^\/api\/v3\/users\/([^/]*)\/targetGroups$/;

const INVALID_USER_ID =
  'The member ID must be a positive whole number of at most 19 digits without leading zeros (a Capillary userId).';

function answer(c: Context<AppEnv>, result: MemberTargetsResult): Response {
  c.set('upstreamStatus', result.upstreamStatus);
  if (result.outcome === 'found') return apiJson(result.status, result.body);
  if (result.outcome === 'rejected') {
    const errors = result.errors.length > 0 ? result.errors : [genericRejection(result.status)];
    c.set('errorCode', String(errors[0]?.code ?? ''));
    return apiJson(result.status, envelope(null, errors, result.warnings));
  }
  if (result.failure === 'rateLimited') {
    const a = rateLimitedAnswer(result.retryAfterSeconds);
    return apiError(c, a.status, a.code, a.message, { 'retry-after': a.retryAfter });
  }
  const a = FAILURE_ANSWERS[result.failure];
  return apiError(c, a.status, a.code, a.message);
}

/** A 4xx whose envelope named no error: still the member's problem, in our words. */
function genericRejection(status: number) {
  return status === 404
    ? { code: PROXY_ERROR_CODES.notFound, message: 'Capillary found no such member.' }
    : { code: PROXY_ERROR_CODES.invalidRequest, message: `Capillary refused the request (HTTP ${status}).` };
}

/**
 * GET /api/v3/users/{userId}/targetGroups, and every other path under /api/v3/: a path ending in
 * /targetGroups that is not exactly that shape (an id of `..`, `.`, `a/b` that the URL parser folded
 * away) is an invalid member id, not an unknown route.
 */
export function targetGroupsHandler(source: MemberTargetsSource) {
  return async (c: Context<AppEnv>): Promise<Response> => {
    const url = c.req.url;
    const path = rawPath(url);
    const match = EXACT.exec(path);
    if (!match && !path.endsWith('/targetGroups')) {
      c.set('route', '/api/*');
      return apiError(c, 404, PROXY_ERROR_CODES.notFound, 'There is no such API route.');
    }
    c.set('route', TARGET_GROUPS_ROUTE);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return apiError(c, 405, PROXY_ERROR_CODES.methodNotAllowed, 'Only GET is allowed here.', {
        allow: 'GET',
      });
    }
    const userId = match?.[1];
    if (userId === undefined || !isPositiveJavaLong(userId)) {
      return apiError(c, 400, PROXY_ERROR_CODES.invalidRequest, INVALID_USER_ID);
    }
    c.set('userId', userId);
    const q = url.indexOf('?');
    const checked = checkTargetGroupsQuery(new URLSearchParams(q === -1 ? '' : url.slice(q + 1)));
    if (!checked.ok) return apiError(c, 400, PROXY_ERROR_CODES.invalidRequest, checked.problem);
    return answer(c, await source.getUserTargetGroups(userId, checked.query, c.req.raw.signal));
  };
}
