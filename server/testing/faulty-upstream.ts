import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

import { json, respond, type Behaviour } from './faulty-behaviours';

export { HUGE_BYTES, MEMBER_BODY, PERSONAL, PERSONAL_BODY, type Behaviour } from './faulty-behaviours';

/**
 * A Capillary that misbehaves on purpose, over real HTTP on 127.0.0.1. The proxy under test talks to
 * it exactly as it talks to Capillary; each test picks the misbehaviour with `upstream.behaviour`.
 */
export type SeenRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

export type FaultyUpstream = {
  url: string;
  behaviour: Behaviour;
  /** Behaviours for the next target requests, one each, before `behaviour` applies again. */
  script: Behaviour[];
  /** Milliseconds every target answer is held back (concurrency, in-flight, shutdown tests). */
  delayMs: number;
  /** While set, target answers wait for it (a test releases them when everyone has joined). */
  gate: Promise<void> | null;
  /** Where redirect302 points. */
  redirectTo: string;
  requests: SeenRequest[];
  /** Responses the client abandoned before they were complete (the proxy destroyed the socket). */
  abandoned: number;
  oauth: {
    /** When on, targetGroups needs a token this server issued and has not revoked. */
    enabled: boolean;
    ttlSeconds: number;
    tokenStatus: number;
    tokenDelayMs: number;
    issued: string[];
    revoked: Set<string>;
  };
  targetRequests(): SeenRequest[];
  tokenRequests(): SeenRequest[];
  close(): Promise<void>;
};

function issueToken(up: FaultyUpstream, res: ServerResponse): void {
  const reply = () => {
    if (up.oauth.tokenStatus !== 200) {
      return json(res, up.oauth.tokenStatus, '{"data":null,"errors":[{"code":1,"message":"refused"}]}');
    }
    const token = `token-${up.oauth.issued.length + 1}`;
    up.oauth.issued.push(token);
    json(
      res,
      200,
      JSON.stringify({ data: { accessToken: token, ttlSeconds: up.oauth.ttlSeconds }, errors: null }),
    );
  };
  if (up.oauth.tokenDelayMs > 0) setTimeout(reply, up.oauth.tokenDelayMs);
  else reply();
}

export function startFaultyUpstream(): Promise<FaultyUpstream> {
  const sockets = new Set<Socket>();
  const up: FaultyUpstream = {
    url: '',
    behaviour: 'ok',
    script: [],
    delayMs: 0,
    gate: null,
    redirectTo: 'http://127.0.0.1:9/',
    requests: [],
    abandoned: 0,
    oauth: {
      enabled: false,
      ttlSeconds: 300,
      tokenStatus: 200,
      tokenDelayMs: 0,
      issued: [],
      revoked: new Set(),
    },
    targetRequests: () => up.requests.filter((r) => r.url.includes('/targetGroups')),
    tokenRequests: () => up.requests.filter((r) => r.url.endsWith('/oauth/token/generate')),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      up.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.on('close', () => {
        if (!res.writableFinished) up.abandoned += 1;
      });
      if (req.url?.endsWith('/oauth/token/generate')) return issueToken(up, res);
      if (up.oauth.enabled) {
        const token = String(req.headers['x-cap-api-oauth-token'] ?? '');
        if (!up.oauth.issued.includes(token) || up.oauth.revoked.has(token)) {
          return json(res, 401, '{"errors":[{"code":401,"message":"token expired"}]}');
        }
      }
      const behaviour = up.script.shift() ?? up.behaviour;
      const answer = () => respond(behaviour, up.redirectTo, res, req.socket);
      const later = () => (up.delayMs > 0 ? void setTimeout(answer, up.delayMs) : answer());
      if (up.gate) void up.gate.then(later);
      else later();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      up.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve(up);
    }),
  );
}
