import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

import { PROXY_ERROR_CODES } from '../contract/envelope';

import { API_HEADERS, envelope } from './api-response';
import type { AuditLog } from './audit';
import { identifyBy, type Access, type HeaderOf, type Identification } from './auth/access';
import { handOver, type Handoff } from './hot-path-handoff';
import type { KeyedLimiter } from './limits/sliding-window';
import { describeError, type Logger } from './log';
import { logRequest } from './request-log';
import { TARGET_GROUPS_ROUTE } from './routes/target-groups';
import { forwardedAddress, forwardedHttps } from './security/client';
import { HSTS, NON_HTML_SECURITY_HEADERS } from './security/headers';
import { Cancel } from './upstream/cancel';
import type { MemberTargetsResult, MemberTargetsSource, TargetGroupsQuery } from './upstream/source';
import { checkTargetGroupsQuery, isPositiveJavaLong, type QueryCheck } from './validation';
import { chooseEncoding, COMPRESS_MIN_BYTES, compressBody } from './compress';

/**
 * The request listener's first stop. It answers the one request that is both frequent and heavy, a
 * manager's member view that Capillary answered, straight on Node's request and response, without
 * the web framework's Request/Response objects (docs/decisions/016-proxy-hot-path.md). Everything it
 * does is what the app does for that request, in the same order and with the same shared state:
 * X-Requested-With, no body on a GET, valid id and query, a principal, the per-user limit (the same
 * limiter), the source (coalescing, breaker, budget, in-flight cap, retry), the security headers, the
 * request log line and the audit line.
 *
 * It returns false, touching nothing, for any request that is not exactly that shape or that any
 * check would refuse: the app answers those, byte for byte as before. Once it has taken a slot of
 * the per-user limit it owns the request; an answer that is not a manager's found member (a staff
 * user's masked copy, a refusal, a failure) is handed to the app with the source's result
 * (hot-path-handoff.ts), so every such answer is still written by the app's code.
 */
export type HotPath = ((
  req: IncomingMessage,
  res: ServerResponse,
  app: (req: IncomingMessage, res: ServerResponse) => unknown,
) => boolean) & {
  /**
   * The same, for a request the front door (front-door.ts) read off the socket itself: true when the
   * hot path owns it (and will either `write` its answer or `handOver` it), false to let Node's HTTP
   * server read it as any other request.
   */
  raw(request: RawRequest, reply: Reply): boolean;
};

/** What the hot path reads of a request: the same facts Node's IncomingMessage gives. */
export type RawRequest = {
  method: string;
  url: string;
  /** Lower-case names, each at most once (the front door hands repeated headers to Node). */
  headers: IncomingHttpHeaders;
  remoteAddress: string | undefined;
};

/** How the hot path answers a request: on the socket (front-door.ts) or on Node's response (NodeReply). */
export interface Reply {
  /** Aborted when the browser leaves before its answer is written. */
  readonly gone: Cancel;
  /** Writes the whole answer: status line, these headers (a flat list, as writeHead takes), then body. */
  write(status: number, headers: readonly string[], body: Uint8Array): void;
  /** Gives the request to Node's HTTP server and the app, with what the hot path already did. */
  handOver(handoff: Handoff): void;
}

export type HotPathDeps = {
  source: MemberTargetsSource;
  access: Access;
  audit: AuditLog;
  logger: Logger;
  /** The app's per-user limiter (the very same object). */
  limiter: KeyedLimiter;
  trustProxy: boolean;
};

const TARGETS = /^\/api\/v3\/users\/([1-9][0-9]{0,18})\/targetGroups(?:\?([^#]*))?$/;

const FOUND_HEADERS: Readonly<Record<string, string>> = { ...API_HEADERS, ...NON_HTML_SECURITY_HEADERS };
const FOUND_HEADERS_HTTPS: Readonly<Record<string, string>> = {
  ...FOUND_HEADERS,
  'strict-transport-security': HSTS,
};

/**
 * The found answer's headers as Node's flat `[name, value, …]` list, one per variant, built once: the
 * object spread per request was measurable. Content-Length is appended per answer.
 */
const flat = (headers: Record<string, string>) => Object.entries(headers).flat();
const headerLists = (base: Record<string, string>) => ({
  plain: flat(base),
  /** A client that accepts an encoding, given the plain body (small, or compression failed). */
  varied: flat({ ...base, vary: 'Accept-Encoding' }),
  br: flat({ ...base, vary: 'Accept-Encoding', 'content-encoding': 'br' }),
  gzip: flat({ ...base, vary: 'Accept-Encoding', 'content-encoding': 'gzip' }),
});
const FOUND_LISTS = headerLists(FOUND_HEADERS);
const FOUND_LISTS_HTTPS = headerLists(FOUND_HEADERS_HTTPS);

/**
 * The queries a browser actually sends, checked once at start-up by the very check the app runs
 * (`checkTargetGroupsQuery`), so a request with one of them skips URLSearchParams; any other query
 * string is checked as before.
 */
const COMMON_QUERIES: ReadonlyMap<string, QueryCheck> = new Map(
  [
    '',
    'includeInactive=true',
    'includeInactive=false',
    'includeInactiveTargets=true',
    'includeInactiveTargets=false',
    'includeInactiveTargets=true&includeInactive=true',
    'includeInactiveTargets=false&includeInactive=false',
  ].map((q) => {
    const checked = checkTargetGroupsQuery(new URLSearchParams(q));
    // Shared by every request with this query: nobody may change it.
    if (checked.ok) Object.freeze(checked.query);
    return [q, checked] as const;
  }),
);

/** A request header as the app's `HeaderOf` reads it (duplicates joined). */
function headerOf(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** DASHBOARD_AUTH=none identifies nobody by a header. */
const NO_HEADERS: HeaderOf = () => undefined;

const INTERNAL_ERROR = Buffer.from(
  envelope(null, [
    { code: PROXY_ERROR_CODES.internal, message: 'The dashboard server failed unexpectedly.' },
  ]),
);

type Admitted = {
  userId: string;
  query: TargetGroupsQuery;
  who: Extract<Identification, { ok: true }>;
  https: boolean;
  started: number;
};

export function createHotPath(deps: HotPathDeps): HotPath {
  const { source, access, audit, logger, limiter } = deps;

  /** Every check the app would make before calling the source; null: let the app answer. */
  function admit(req: RawRequest | IncomingMessage, remoteAddress: string | undefined): Admitted | null {
    const started = performance.now();
    if (req.method !== 'GET') return null;
    const url = req.url;
    if (url === undefined || !url.startsWith('/api/v3/users/')) return null;
    const match = TARGETS.exec(url);
    const userId = match?.[1];
    if (!match || userId === undefined || !isPositiveJavaLong(userId)) return null;
    const headers = req.headers;
    if (headers['x-requested-with'] === undefined) return null;
    const length = headers['content-length'];
    if ((length !== undefined && length.trim() !== '0') || headers['transfer-encoding'] !== undefined) {
      return null;
    }
    const rawQuery = match[2] ?? '';
    const checked = COMMON_QUERIES.get(rawQuery) ?? checkTargetGroupsQuery(new URLSearchParams(rawQuery));
    if (!checked.ok) return null;
    // The header reader is made only for a mode that reads headers, the trust check only when the
    // request says https: each function made per request cost its allocation and, under tsx (which
    // keeps function names), a `name` property defined on it, ~1 % of the proxy's CPU together.
    const header: HeaderOf | null = access.mode === 'none' ? null : (name) => headerOf(headers, name);
    const who = header === null ? identifyBy(NO_HEADERS, access) : identifyBy(header, access);
    if (!who.ok) return null;
    let key: string;
    if (access.mode === 'none') {
      const socket = remoteAddress ?? 'unknown';
      key = `address:${deps.trustProxy ? forwardedAddress(headerOf(headers, 'x-forwarded-for'), socket) : socket}`;
    } else {
      key = `user:${who.principal.username}`;
    }
    // A refused take is not counted, so the app's own take refuses it the same way.
    if (!limiter.take(key).ok) return null;
    const proto = headerOf(headers, 'x-forwarded-proto');
    const https =
      proto !== undefined &&
      forwardedHttps(
        proto,
        () => deps.trustProxy || (access.mode === 'header' && access.identity.trusted(header ?? NO_HEADERS)),
      );
    return { userId, query: checked.query, who, https, started };
  }

  /** The found answer's status, headers and body, as the app's compressApiAnswer would send them. */
  async function foundAnswer(
    a: Admitted,
    result: MemberTargetsResult & { outcome: 'found' },
    acceptEncoding: string | string[] | undefined,
  ): Promise<{ headers: string[]; body: Uint8Array }> {
    const lists = a.https ? FOUND_LISTS_HTTPS : FOUND_LISTS;
    // As the app's compressApiAnswer: br or gzip for a client that accepts it, plain for the rest.
    const encoding = chooseEncoding(
      Array.isArray(acceptEncoding) ? acceptEncoding.join(', ') : acceptEncoding,
    );
    const packed =
      encoding && result.body.byteLength >= COMPRESS_MIN_BYTES
        ? await compressBody(result.body, encoding).catch(() => null)
        : null;
    if (encoding && packed) {
      return { headers: lists[encoding].concat('content-length', String(packed.byteLength)), body: packed };
    }
    const list = encoding ? lists.varied : lists.plain;
    return { headers: list.concat('content-length', String(result.body.byteLength)), body: result.body };
  }

  /** The found answer's audit and request log lines, once it is written. */
  function recordFound(a: Admitted, result: MemberTargetsResult & { outcome: 'found' }) {
    const { principal } = a.who;
    audit.record({
      action: 'member.view',
      actor: principal.username,
      role: principal.role,
      memberId: a.userId,
      status: result.status,
      code: null,
    });
    logRequest(logger, {
      method: 'GET',
      route: TARGET_GROUPS_ROUTE,
      status: result.status,
      started: a.started,
      upstreamStatus: result.upstreamStatus,
      errorCode: undefined,
      userId: a.userId,
    });
  }

  /** A programming error below: what the app's onError answers (500 MP_INTERNAL, logged with the stack). */
  function writeInternalError(reply: Reply, a: Admitted, err: unknown) {
    logger.error('unhandled error', { route: TARGET_GROUPS_ROUTE, ...describeError(err, true) });
    const list = a.https ? FOUND_LISTS_HTTPS.plain : FOUND_LISTS.plain;
    reply.write(500, list.concat('content-length', String(INTERNAL_ERROR.byteLength)), INTERNAL_ERROR);
    logRequest(logger, {
      method: 'GET',
      route: TARGET_GROUPS_ROUTE,
      status: 500,
      started: a.started,
      upstreamStatus: undefined,
      errorCode: PROXY_ERROR_CODES.internal,
      userId: a.userId,
    });
  }

  /** The one answer of the hot path, whichever way the request came in. */
  async function serve(headers: IncomingHttpHeaders, reply: Reply, a: Admitted): Promise<void> {
    let result: MemberTargetsResult;
    try {
      result = await source.getUserTargetGroups(a.userId, a.query, reply.gone);
    } catch (err) {
      return writeInternalError(reply, a, err);
    }
    if (result.outcome === 'found' && a.who.principal.role === 'manager') {
      const answer = await foundAnswer(a, result, headers['accept-encoding']);
      reply.write(result.status, answer.headers, answer.body);
      recordFound(a, result);
      return;
    }
    reply.handOver({ started: a.started, identification: a.who, result });
  }

  const hotPath = (
    req: IncomingMessage,
    res: ServerResponse,
    app: (req: IncomingMessage, res: ServerResponse) => unknown,
  ) => {
    const admitted = admit(req, req.socket.remoteAddress);
    if (!admitted) return false;
    void serve(req.headers, new NodeReply(req, res, app), admitted);
    return true;
  };
  return Object.assign(hotPath, {
    raw(request: RawRequest, reply: Reply): boolean {
      const admitted = admit(request, request.remoteAddress);
      if (!admitted) return false;
      void serve(request.headers, reply, admitted);
      return true;
    },
  });
}

/** A Reply on Node's request and response (a request that came through Node's HTTP server). */
class NodeReply implements Reply {
  readonly gone = new Cancel();

  constructor(
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly app: (req: IncomingMessage, res: ServerResponse) => unknown,
  ) {
    // The browser leaving aborts the upstream call (when nobody else waits for it), as in the app. The
    // listener stays: once the result is in, nobody listens to `gone` any more, so a late close is a no-op.
    res.once('close', () => {
      if (!res.writableFinished) this.gone.abort();
    });
  }

  write(status: number, headers: readonly string[], body: Uint8Array): void {
    this.res.writeHead(status, headers as string[]);
    this.res.end(body);
  }

  handOver(handoff: Handoff): void {
    handOver(this.req, handoff);
    this.app(this.req, this.res);
  }
}
