import type { CapillaryAuth } from '../config';
import { isPositiveJavaLong } from '../validation';

import { createBasicAuth } from './auth-basic';
import { createOAuthAuth } from './auth-oauth';
import type { UpstreamAuth } from './auth';
import { startDeadline, UpstreamFailure, type Deadline } from './failure';
import { createUpstreamClient, type UpstreamResponse } from './http-client';
import { createRedactor, interpretTargets, isAuthRefusal } from './interpret';
import type { MemberTargetsResult, MemberTargetsSource, TargetGroupsQuery } from './source';

export type CapillarySourceOptions = {
  /** Origin plus an optional path prefix; config.ts has checked scheme, credentials, query. */
  baseUrl: URL;
  auth: CapillaryAuth;
  timeoutMs: number;
  maxBodyBytes: number;
  connections?: number;
  /** Milliseconds clock for token lifetimes (tests). */
  now?: () => number;
};

/** Built only from validated parts, so nothing the browser typed (encoded or not) reaches the upstream. */
export function targetGroupsPath(userId: string, query: TargetGroupsQuery): string {
  if (!isPositiveJavaLong(userId))
    throw new TypeError('userId must be validated before it reaches the adapter');
  const params: string[] = [];
  if (query.includeInactiveTargets !== undefined)
    params.push(`includeInactiveTargets=${query.includeInactiveTargets}`);
  if (query.includeInactive !== undefined) params.push(`includeInactive=${query.includeInactive}`);
  if (query.targetRuleId !== undefined && isPositiveJavaLong(query.targetRuleId)) {
    params.push(`targetRuleId=${query.targetRuleId}`);
  }
  const path = `/v3/users/${userId}/targetGroups`;
  return params.length === 0 ? path : `${path}?${params.join('&')}`;
}

/** Capillary's getUserTargets over HTTP: the one place that knows its URLs, auth and statuses. */
export function createCapillarySource(options: CapillarySourceOptions): MemberTargetsSource {
  const client = createUpstreamClient(options);
  const auth: UpstreamAuth =
    options.auth.mode === 'basic'
      ? createBasicAuth(options.auth)
      : createOAuthAuth({
          client,
          clientKey: options.auth.clientKey,
          clientSecret: options.auth.clientSecret,
          timeoutMs: options.timeoutMs,
          now: options.now,
        });
  const redact = createRedactor(options.baseUrl.hostname);

  async function get(path: string, deadline: Deadline): Promise<UpstreamResponse> {
    const used = await auth.credentials(deadline);
    const res = await client.send({ method: 'GET', path, headers: used.headers, deadline });
    // An expired token: one new generation, one retry. A second refusal is final (no loop).
    if (!isAuthRefusal(res.status) || !auth.refused(used)) return res;
    const fresh = await auth.credentials(deadline);
    return client.send({ method: 'GET', path, headers: fresh.headers, deadline });
  }

  return {
    async getUserTargetGroups(userId, query, signal): Promise<MemberTargetsResult> {
      const path = targetGroupsPath(userId, query);
      const deadline = startDeadline(options.timeoutMs, signal);
      try {
        return interpretTargets(await get(path, deadline), redact);
      } catch (err) {
        if (!(err instanceof UpstreamFailure)) throw err;
        const { failure, upstreamStatus, retryAfterSeconds } = err;
        return { outcome: 'failed', failure, upstreamStatus, retryAfterSeconds };
      } finally {
        deadline.dispose();
      }
    },
    close: () => client.close(),
  };
}
