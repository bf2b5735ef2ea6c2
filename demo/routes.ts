import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Gatekeeper } from './auth';
import { errorEnvelope, INVALID_USER_ID, NOT_FOUND, readJsonBody, sendJson, UNAUTHORIZED } from './http-io';
import { identifierName, lookupMember, type LookupIndex } from './lookup';
import type { MemberRecord, TargetQuery } from './model';
import { renderMemberTargets } from './render';

export type DemoState = {
  members: Map<string, MemberRecord>;
  lookup: LookupIndex;
  gatekeeper: Gatekeeper;
};

const TARGETS_PATH = /^\/v3\/users\/([^/]*)\/targetGroups$/;
const MAX_LONG = 9_223_372_036_854_775_807n;

/** A Java Long as Capillary accepts it (../shared/api/capillary-notes.md, "The endpoint"). */
function isLong(text: string): boolean {
  return /^[1-9][0-9]{0,18}$/.test(text) && BigInt(text) <= MAX_LONG;
}

/** `true` / `false` / absent (false); anything else is a bad request, as Spring would answer. */
function flag(params: URLSearchParams, name: string): boolean | null {
  const value = params.get(name);
  if (value === null || value.toLowerCase() === 'false') return false;
  return value.toLowerCase() === 'true' ? true : null;
}

function targetsQuery(params: URLSearchParams): TargetQuery | string {
  const includeInactive = flag(params, 'includeInactive');
  if (includeInactive === null) return 'Invalid value for includeInactive';
  const includeInactiveTargets = flag(params, 'includeInactiveTargets');
  if (includeInactiveTargets === null) return 'Invalid value for includeInactiveTargets';
  const targetRuleId = params.get('targetRuleId');
  if (targetRuleId !== null && !isLong(targetRuleId)) return 'Invalid value for targetRuleId';
  return { includeInactive, includeInactiveTargets, targetRuleId };
}

function serveTargets(
  state: DemoState,
  res: ServerResponse,
  rawUserId: string,
  params: URLSearchParams,
): void {
  // Capillary answers an unknown member exactly like a malformed id: 400 with 310011.
  const member = isLong(rawUserId) ? state.members.get(rawUserId) : undefined;
  if (!member) return sendJson(res, 400, INVALID_USER_ID);
  const query = targetsQuery(params);
  if (typeof query === 'string') return sendJson(res, 400, errorEnvelope(400, query));
  sendJson(res, 200, renderMemberTargets(member, query));
}

function serveLookup(state: DemoState, res: ServerResponse, params: URLSearchParams): void {
  const name = identifierName(params.get('identifierName'));
  const value = params.get('identifierValue');
  if (name === null || value === null) {
    const message = name === null ? 'Invalid identifierName' : 'identifierValue is required';
    return sendJson(res, 400, {
      entity: null,
      errors: [{ status: false, code: 400, message }],
      warnings: [],
    });
  }
  const userId = lookupMember(state.lookup, name, value);
  // v2 answers "not found" with HTTP 200 and code 8015 in the body.
  if (userId === null) {
    return sendJson(res, 200, {
      entity: null,
      errors: [{ status: false, code: 8015, message: 'Customer not found' }],
      warnings: [],
    });
  }
  sendJson(res, 200, { entity: Number(userId), warnings: [] });
}

async function serveToken(state: DemoState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJsonBody(req);
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const token = state.gatekeeper.issueToken(fields.key, fields.secret);
  if (!token) return sendJson(res, 401, UNAUTHORIZED);
  sendJson(res, 200, { data: { ...token }, errors: null });
}

export async function route(state: DemoState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const targets = TARGETS_PATH.exec(url.pathname);
  const isToken = url.pathname === '/v3/oauth/token/generate' && req.method === 'POST';
  const isLookup = url.pathname === '/v2/customers/lookup' && req.method === 'GET';
  if (isToken) return serveToken(state, req, res);
  if (!(targets && req.method === 'GET') && !isLookup) return sendJson(res, 404, NOT_FOUND);
  if (!state.gatekeeper.isAuthorized(req.headers)) return sendJson(res, 401, UNAUTHORIZED);
  if (isLookup) return serveLookup(state, res, url.searchParams);
  serveTargets(state, res, targets?.[1] ?? '', url.searchParams);
}
