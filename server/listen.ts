import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { createServer } from 'node:http';

import type { Socket } from 'node:net';

import { getRequestListener } from '@hono/node-server';

import { createFrontDoor, type FrontDoor } from './front-door';
import type { HotPath } from './hot-path';
import { handOver, takeSocketHandoff } from './hot-path-handoff';

export type Listening = {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, cuts what is left after `graceMs`. */
  close(graceMs?: number): Promise<void>;
  /** Open sockets (the soak script watches it; tests check nothing lingers). */
  connections(): number;
};

/**
 * The Node server's own limits (nginx's and Envoy's defaults are the model): a client gets
 * `headersTimeoutMs` to send its headers and `requestTimeoutMs` for the whole request, checked every
 * `checkIntervalMs` — Node's default of 30 s would let a byte-a-second client hold a socket for half a
 * minute past its deadline. Headers over `maxHeaderBytes` are refused with 431.
 */
export type ServerLimits = {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  checkIntervalMs: number;
  keepAliveTimeoutMs: number;
  maxHeaderBytes: number;
};

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
};

type Fetchable = {
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  /** Tried first for every request (hot-path.ts); it hands back what it does not answer. */
  hotPath?: HotPath;
};

/** Puts an app on a real socket (index.ts, and tests that need real HTTP: aborts, raw paths). */
export function listen(
  app: Fetchable,
  { port, host, limits = {} }: { port: number; host: string; limits?: Partial<ServerLimits> },
): Promise<Listening> {
  const l = { ...SERVER_LIMITS, ...limits };
  const toApp = getRequestListener(app.fetch);
  const { hotPath } = app;
  let stopping = false;
  const server: Server = createServer(
    {
      headersTimeout: l.headersTimeoutMs,
      requestTimeout: l.requestTimeoutMs,
      connectionsCheckingInterval: l.checkIntervalMs,
      keepAliveTimeout: l.keepAliveTimeoutMs,
      maxHeaderSize: l.maxHeaderBytes,
    },
    hotPath
      ? (req, res) => {
          // A request the front door read and the hot path handed over comes back here through Node.
          const handoff = takeSocketHandoff(req.socket);
          if (handoff) {
            handOver(req, handoff);
            return void toApp(req, res);
          }
          void (hotPath(req, res, toApp) || toApp(req, res));
        }
      : toApp,
  );
  // With a hot path, the front door reads each connection first and gives Node the rest (front-door.ts).
  let front: FrontDoor | null = null;
  const nodeListeners = server.listeners('connection');
  const nodeConnection = nodeListeners[0];
  if (hotPath && nodeListeners.length === 1 && typeof nodeConnection === 'function') {
    server.off('connection', nodeConnection as (socket: Socket) => void);
    front = createFrontDoor({
      nodeConnection: (socket) => void nodeConnection.call(server, socket),
      hotPath,
      keepAliveTimeoutMs: l.keepAliveTimeoutMs,
      headersTimeoutMs: l.headersTimeoutMs,
      maxHeaderBytes: l.maxHeaderBytes,
      stopping: () => stopping,
      answerDetached: (request, handoff) => {
        // Only what the app reads of Node's request: the socket's address (security/client.ts).
        const incoming = { socket: { remoteAddress: request.remoteAddress } };
        handOver(incoming, handoff);
        void Promise.resolve()
          .then(() => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(request.headers)) {
              if (typeof value === 'string') headers.set(name, value);
            }
            return app.fetch(new Request(`http://localhost${request.url}`, { headers }), { incoming });
          })
          // Nobody reads the answer; the app has logged and audited it (and its own errors).
          .then((res) => res.body?.cancel())
          .catch(() => undefined);
      },
    });
    server.on('connection', front.accept);
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const hostInUrl = host.includes(':') ? `[${host}]` : host;
      let open = 0;
      server.on('connection', (socket) => {
        open += 1;
        socket.once('close', () => (open -= 1));
      });
      // While stopping, every answer still to be written ends its connection, so keep-alive
      // sockets do not hold the shutdown open until the grace period runs out.
      const active = new Set<ServerResponse>();
      const endAfter = (res: ServerResponse) => {
        if (!res.headersSent) res.setHeader('connection', 'close');
      };
      // One shared listener rather than a closure per request (this runs for every request).
      function forget(this: ServerResponse) {
        active.delete(this);
      }
      server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
        if (stopping) return endAfter(res);
        active.add(res);
        res.on('close', forget);
      });
      resolve({
        url: `http://${hostInUrl}:${actualPort}`,
        port: actualPort,
        connections: () => open,
        close: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            stopping = true;
            for (const res of active) endAfter(res);
            const force = setTimeout(() => {
              server.closeAllConnections();
              front?.closeAll();
            }, graceMs);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
            front?.closeIdle();
          }),
      });
    });
  });
}
