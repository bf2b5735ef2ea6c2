import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

import type { Identification } from './auth/access';
import type { MemberTargetsResult } from './upstream/source';

/**
 * What the hot path (hot-path.ts) has done for a request it then hands to the app: who is asking, that
 * the per-user limit let it through, and the source's answer. The app answers it with its usual code
 * (masking, refusals, failures) without identifying, counting or calling the upstream a second time.
 */
export type Handoff = {
  /** performance.now() when the request arrived (for the request log line). */
  started: number;
  identification: Extract<Identification, { ok: true }>;
  result: MemberTargetsResult;
};

const handoffs = new WeakMap<object, Handoff>();

/** `req`: Node's request, or the stand-in `incoming` of a request answered detached (listen.ts). */
export function handOver(req: IncomingMessage | object, handoff: Handoff): void {
  handoffs.set(req, handoff);
}

/** The hot path's handoff for this request, when it came that way (only over a real socket). */
export function handedOver(c: Context): Handoff | undefined {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  return incoming ? handoffs.get(incoming) : undefined;
}

const socketHandoffs = new WeakMap<Socket, Handoff>();

/**
 * The front door (front-door.ts) hands a request it read to Node's HTTP server by putting its bytes
 * back on the socket: the handoff waits on the socket for the request Node then reads from it.
 */
export function handOverSocket(socket: Socket, handoff: Handoff): void {
  socketHandoffs.set(socket, handoff);
}

/** The handoff waiting for the request Node just read from this socket, once. */
export function takeSocketHandoff(socket: Socket): Handoff | undefined {
  const handoff = socketHandoffs.get(socket);
  if (handoff) socketHandoffs.delete(socket);
  return handoff;
}
