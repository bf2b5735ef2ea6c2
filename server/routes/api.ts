import { Hono, type Context } from 'hono';

import { PROXY_ERROR_CODES } from '../../contract/envelope';
import { apiError, apiJson, envelope } from '../api-response';
import type { AppEnv } from '../app-env';
import type { MemberTargetsSource } from '../upstream/source';

import { customerLookupHandler } from './customer-lookup';
import { sessionHandler, type SessionDeps } from './session';
import { targetGroupsHandler } from './target-groups';

export type DemoMember = { userId: string; name: string; description: string };

export type ApiDeps = SessionDeps & {
  source: MemberTargetsSource;
  /** The embedded demo's members (its catalog) when the demo upstream is in use; null otherwise. */
  demoMembers: readonly DemoMember[] | null;
};

function getOnly(route: string, respond: (c: Context<AppEnv>) => Response) {
  return (c: Context<AppEnv>) => {
    c.set('route', route);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return apiError(c, 405, PROXY_ERROR_CODES.methodNotAllowed, 'Only GET is allowed here.', {
        allow: 'GET',
      });
    }
    return respond(c);
  };
}

/** The /api sub-app. Bodies that never change are serialised once, here, not per request. */
export function apiRoutes(deps: ApiDeps): Hono<AppEnv> {
  const { source, demoMembers } = deps;
  const api = new Hono<AppEnv>();
  // Open before sign-in (the app needs the mode to show a sign-in page); so it says nothing secret.
  const configBody = envelope({ demo: demoMembers !== null, auth: deps.access.mode });
  const membersBody =
    demoMembers === null
      ? null
      : envelope({
          members: demoMembers.map(({ userId, name, description }) => ({ userId, name, description })),
        });

  api.all(
    '/config',
    getOnly('/api/config', () => apiJson(200, configBody)),
  );
  api.all('/demo/members', (c) => {
    if (membersBody === null) {
      c.set('route', '/api/*');
      return apiError(c, 404, PROXY_ERROR_CODES.notFound, 'The embedded demo is not in use.');
    }
    return getOnly('/api/demo/members', () => apiJson(200, membersBody))(c);
  });
  api.all('/session', sessionHandler(deps));
  api.all('/v2/customers/lookup', customerLookupHandler(source, deps.audit));
  api.all('/v3/*', targetGroupsHandler(source, deps.audit));
  api.all('*', (c) => {
    c.set('route', '/api/*');
    return apiError(c, 404, PROXY_ERROR_CODES.notFound, 'There is no such API route.');
  });
  return api;
}
