import type { CapillaryAuth } from '../config';
import { isPositiveJavaLong } from '../validation';

import { createBasicAuth } from './auth-basic';
import { createOAuthAuth } from './auth-oauth';
import type { UpstreamAuth } from './auth';
import type { CancelSignal } from './cancel';
import { startDeadline, transportFailure, UpstreamFailure, type Deadline } from './failure';
import { createUpstreamClient, type UpstreamResponse } from './http-client';
import { createRedactor, interpretLookup, interpretTargets, isAuthRefusal, type Redact } from './interpret';
import type {
  CustomerIdentifier,
  MemberTargetsSource,
  SourceFailed,
  SourceResult,
  TargetGroupsQuery,
} from './source';

export type CapillarySourceOptions = {
  /** Origin plus an optional path prefix; config.ts has checked scheme, credentials, query. */
  baseUrl: URL;
  auth: CapillaryAuth;
  timeoutMs: number;
  maxBodyBytes: number;
  connections?: number;
  /** Milliseconds clock for token lifetimes (tests). */
  now?: () => number;
  /**
   * Asked before the one retry (it costs a call of the budget); absent: always allowed. The retry
   * happens only on a lost connection or 502/503/504, and only inside the same deadline.
   */
  allowRetry?: () => boolean;
  /** CAPILLARY_LOOKUP_SOURCE: the `source` of customer lookups (config.ts checked it); default INSTORE. */
  lookupSource?: string;
};

export const DEFAULT_LOOKUP_SOURCE = 'INSTORE';

/** Gateway answers that say "not this time" rather than "not this request". */
const RETRY_STATUSES = new Set([502, 503, 504]);
/** A short, jittered pause, so a retry does not land on the same failing instant. */
const RETRY_PAUSE_MS = [25, 75] as const;

function pause(deadline: Deadline): Promise<void> {
  const [min, max] = RETRY_PAUSE_MS;
  const ms = min + Math.random() * (max - min);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      deadline.signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    deadline.signal.addEventListener('abort', done, { once: true });
  });
}

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

/**
 * Capillary's v2 customer lookup. Every part is encoded (a `+` in an email must not become a space);
 * the value is the validated, normalised one, never the browser's raw query text.
 */
export function lookupPath(identifier: CustomerIdentifier, source: string): string {
  const params = new URLSearchParams({
    source,
    identifierName: identifier.name,
    identifierValue: identifier.value,
  });
  // URLSearchParams writes a space as `+`; %20 reads the same to every server.
  return `/v2/customers/lookup?${params.toString().replace(/\+/g, '%20')}`;
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

  const allowRetry = options.allowRetry ?? (() => true);
  const mayRetry = (deadline: Deadline) => !deadline.timedOut() && !deadline.callerGone() && allowRetry();

  /** At most one retry of the GET, inside the one deadline (ASVS / Envoy's retry_on: reset, 5xx gateway). */
  async function getWithRetry(path: string, deadline: Deadline): Promise<UpstreamResponse> {
    try {
      const res = await get(path, deadline);
      if (!RETRY_STATUSES.has(res.status) || !mayRetry(deadline)) return res;
    } catch (err) {
      if (!(err instanceof UpstreamFailure) || !err.connectionLost || !mayRetry(deadline)) throw err;
    }
    await pause(deadline);
    if (deadline.signal.aborted) throw transportFailure(deadline.signal.reason, deadline, 'headers');
    return get(path, deadline);
  }

  /** One exchange: the deadline, the auth, the retry, and every failure turned into a result. */
  async function call<R extends SourceResult>(
    pathOf: () => string,
    signal: CancelSignal,
    interpret: (res: UpstreamResponse, redact: Redact) => R,
  ): Promise<R | SourceFailed> {
    // Built inside: a programming error in building the path is a rejection, as the interface says.
    const path = pathOf();
    const deadline = startDeadline(options.timeoutMs, signal);
    try {
      return interpret(await getWithRetry(path, deadline), redact);
    } catch (err) {
      if (!(err instanceof UpstreamFailure)) throw err;
      const { failure, upstreamStatus, retryAfterSeconds } = err;
      return { outcome: 'failed', failure, upstreamStatus, retryAfterSeconds };
    } finally {
      deadline.dispose();
    }
  }

  const lookupSource = options.lookupSource ?? DEFAULT_LOOKUP_SOURCE;
  return {
    getUserTargetGroups: (userId, query, signal) =>
      call(() => targetGroupsPath(userId, query), signal, interpretTargets),
    lookupCustomer: (identifier, signal) =>
      call(() => lookupPath(identifier, lookupSource), signal, interpretLookup),
    close: () => client.close(),
  };
}
