import type { Context } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { CLEARED_SESSION_COOKIE, sessionIdOf, type Access } from '../auth/access';
import { signIn, type SignInDeps } from '../auth/sign-in';
import { apiError, apiJson, envelope } from '../api-response';
import type { AppEnv } from '../app-env';
import type { AuditLog } from '../audit';

export const SESSION_ROUTE = '/api/session';

export type SessionDeps = Omit<SignInDeps, 'access'> & { access: Access; audit: AuditLog };

/**
 * /api/session. GET: who is signed in ({username, role}); the access middleware has already
 * answered 401 when nobody is. POST (password mode): sign in. DELETE (password mode): sign out —
 * the session is deleted on the server, so the old cookie is worthless even if kept; it answers 200
 * whether or not a session was still alive, so signing out never fails.
 */
export function sessionHandler(deps: SessionDeps) {
  const { access } = deps;
  const allowed = access.mode === 'password' ? 'GET, POST, DELETE' : 'GET';
  return async (c: Context<AppEnv>): Promise<Response> => {
    c.set('route', SESSION_ROUTE);
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') {
      const principal = c.get('principal');
      if (!principal) return apiError(c, 401, PROXY_ERROR_CODES.unauthenticated, 'Sign in first.');
      return apiJson(200, envelope({ username: principal.username, role: principal.role }));
    }
    if (access.mode === 'password' && method === 'POST') return signIn(c, { ...deps, access });
    if (access.mode === 'password' && method === 'DELETE') {
      const id = sessionIdOf(c);
      const session = id ? access.sessions.touch(id) : null;
      if (id) access.sessions.revoke(id);
      if (session) {
        deps.audit.record({
          action: 'session.end',
          actor: session.username,
          role: session.role,
          status: 200,
        });
      }
      return apiJson(200, envelope(null), { 'set-cookie': CLEARED_SESSION_COOKIE });
    }
    return apiError(c, 405, PROXY_ERROR_CODES.methodNotAllowed, `Only ${allowed} is allowed here.`, {
      allow: allowed,
    });
  };
}
