import type { Context } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { apiError, apiJson, envelope } from '../api-response';
import type { AppEnv } from '../app-env';
import type { AuditLog } from '../audit';
import type { IdentifierName, LookupResult, MemberTargetsSource } from '../upstream/source';
import { IDENTIFIER_NAMES } from '../upstream/source';
import { checkLookupQuery } from '../validation';

import { failedResponse, maskMessages, rejectedResponse } from './failure-answers';

export const LOOKUP_ROUTE = '/api/v2/customers/lookup';

function answer(c: Context<AppEnv>, result: LookupResult, staff: boolean): Response {
  c.set('upstreamStatus', result.upstreamStatus);
  if (result.outcome === 'found') {
    c.set('userId', result.userId);
    const warnings = staff ? maskMessages(result.warnings) : result.warnings;
    return apiJson(200, envelope({ userId: result.userId }, [], warnings));
  }
  if (result.outcome === 'rejected') return rejectedResponse(c, result, staff, genericRejection);
  return failedResponse(c, result);
}

function genericRejection(status: number) {
  return status === 404
    ? { code: PROXY_ERROR_CODES.notFound, message: 'Capillary found no customer with this identifier.' }
    : { code: PROXY_ERROR_CODES.invalidRequest, message: `Capillary refused the lookup (HTTP ${status}).` };
}

const queryOf = (url: string) => {
  const q = url.indexOf('?');
  if (q === -1) return '';
  const hash = url.indexOf('#', q);
  return url.slice(q + 1, hash === -1 ? undefined : hash);
};

/**
 * GET /api/v2/customers/lookup?identifierName=…&identifierValue=… → `{data: {userId}}`. The value is
 * checked before any upstream call and never logged or audited: only the identifier's name is.
 */
export function customerLookupHandler(source: MemberTargetsSource, audit: AuditLog) {
  return async (c: Context<AppEnv>): Promise<Response> => {
    c.set('route', LOOKUP_ROUTE);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return apiError(c, 405, PROXY_ERROR_CODES.methodNotAllowed, 'Only GET is allowed here.', {
        allow: 'GET',
      });
    }
    const principal = c.get('principal');
    const checked = checkLookupQuery(queryOf(c.req.url));
    let name: IdentifierName | null = null;
    let res: Response;
    if (!checked.ok) {
      res = apiError(c, 400, PROXY_ERROR_CODES.invalidRequest, checked.problem);
      // The name is audited when it is one of ours (it is not personal); an unknown one is not echoed.
      const given = new URLSearchParams(queryOf(c.req.url)).get('identifierName');
      name = IDENTIFIER_NAMES.find((n) => n === given) ?? null;
    } else {
      name = checked.identifier.name;
      const result = await source.lookupCustomer(checked.identifier, c.req.raw.signal);
      res = answer(c, result, principal?.role !== 'manager');
    }
    if (principal) {
      audit.record({
        action: 'member.lookup',
        actor: principal.username,
        role: principal.role,
        identifierName: name,
        memberId: c.get('userId') ?? null,
        status: res.status,
        code: c.get('errorCode') ?? null,
      });
    }
    return res;
  };
}
