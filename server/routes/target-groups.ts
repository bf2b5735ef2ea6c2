import type { Context } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { apiError, apiJson } from '../api-response';
import { rawPath, type AppEnv } from '../app-env';
import type { AuditLog } from '../audit';
import { handedOver } from '../hot-path-handoff';
import type { Principal } from '../auth/access';
import { maskForStaff } from '../privacy/mask-json';
import { parseJson } from '../upstream/json';
import type { MemberTargetsResult, MemberTargetsSource } from '../upstream/source';
import { checkTargetGroupsQuery, isPositiveJavaLong } from '../validation';

import { failedResponse, rejectedResponse } from './failure-answers';

export const TARGET_GROUPS_ROUTE = '/api/v3/users/:userId/targetGroups';

const EXACT = /^\/api\/v3\/users\/([^/]*)\/targetGroups$/;

const INVALID_USER_ID =
  'The member ID must be a positive whole number of at most 19 digits without leading zeros (a Capillary userId).';

/**
 * A staff user's copy of a found member: parsed, masked, serialised anew. Managers get the upstream
 * bytes untouched (no parse, no copy). The shared bytes are only read, never changed, so answers
 * to several users from one coalesced upstream call cannot leak into each other.
 */
function staffBody(c: Context<AppEnv>, body: Uint8Array<ArrayBuffer>): string | Response {
  try {
    const text: unknown = JSON.stringify(maskForStaff(parseJson(body)));
    if (typeof text !== 'string') throw new TypeError('not JSON');
    return text;
  } catch {
    // Too deeply nested to walk: nothing unmasked may leave, so nothing does.
    return apiError(
      c,
      502,
      PROXY_ERROR_CODES.upstreamBadBody,
      'Capillary sent an answer the dashboard cannot read.',
    );
  }
}

function answer(c: Context<AppEnv>, result: MemberTargetsResult, principal: Principal | undefined): Response {
  const staff = principal?.role !== 'manager';
  c.set('upstreamStatus', result.upstreamStatus);
  if (result.outcome === 'found') {
    if (!staff) return apiJson(result.status, result.body);
    const masked = staffBody(c, result.body);
    return typeof masked === 'string' ? apiJson(result.status, masked) : masked;
  }
  if (result.outcome === 'rejected') return rejectedResponse(c, result, staff, genericRejection);
  return failedResponse(c, result);
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
export function targetGroupsHandler(source: MemberTargetsSource, audit: AuditLog) {
  const handle = respond(source);
  return async (c: Context<AppEnv>): Promise<Response> => {
    const res = await handle(c);
    const principal = c.get('principal');
    if (c.get('route') === TARGET_GROUPS_ROUTE && principal) {
      audit.record({
        action: 'member.view',
        actor: principal.username,
        role: principal.role,
        // Set only once the id is valid: an invalid "id" may be a phone number typed in the wrong box.
        memberId: c.get('userId') ?? null,
        status: res.status,
        code: c.get('errorCode') ?? null,
      });
    }
    return res;
  };
}

function respond(source: MemberTargetsSource) {
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
    // The hot path called the source already and handed the answer over (anything but a manager's found).
    const result =
      handedOver(c)?.result ?? (await source.getUserTargetGroups(userId, checked.query, c.req.raw.signal));
    return answer(c, result, c.get('principal'));
  };
}
