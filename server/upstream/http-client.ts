import type { IncomingHttpHeaders } from 'node:http';
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';

import { toError, transportFailure, UpstreamFailure, type Deadline } from './failure';
import { ResponseParser, type ResponseHead, type ResponseSink } from './response-parser';

export type UpstreamClientOptions = {
  baseUrl: URL;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Sockets kept open to the upstream origin at most. */
  connections?: number;
  /** How long an idle socket is kept (a shorter `Keep-Alive: timeout=` hint from the server wins). */
  idleMs?: number;
  /**
   * Certificate authorities for an https upstream in place of Node's bundled (Mozilla) list: tests
   * only. Without it, Node's list is used, with the host name checked.
   */
  ca?: string;
};

export type UpstreamRequest = {
  method: 'GET' | 'POST';
  /** Path below the base URL, starting with `/`, already built from validated parts only. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  deadline: Deadline;
  /** A tighter body limit than the client's (the token endpoint's answer is tiny). */
  maxBodyBytes?: number;
};

export type UpstreamResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer<ArrayBuffer> };

export type UpstreamClient = {
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
  /** Refuses new requests, lets the ones in flight finish, and resolves once every socket is closed. */
  close(): Promise<void>;
};

/** As undici's default: a little under the 5 s most servers keep an idle connection. */
const DEFAULT_IDLE_MS = 4_000;
/** A server's keep-alive hint is taken a second short, so we never write to a socket it is closing. */
const HINT_MARGIN_MS = 1_000;

const CLOSED_EARLY = Object.assign(new Error('the upstream closed the connection early'), {
  code: 'UPSTREAM_CLOSED',
});

const PATH = /^\/[\x21-\x7e]*$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

/**
 * The upstream client: keep-alive sockets to the one upstream origin and HTTP/1.1 written and read by
 * this module (response-parser.ts), with nothing between the socket and the exchange. undici's
 * `pool.dispatch` cost about 80 µs of CPU more per 20 KB answer here than reading the socket directly,
 * the largest single cost left on the proxy's hot path (docs/decisions/016-proxy-hot-path.md, session 6).
 *
 * What it does, as the undici pool did before it: at most `connections` sockets, the rest of the
 * requests wait in order; idle sockets reused last-in first-out and closed after `idleMs` (or the
 * server's shorter hint); a request that finds its reused socket already closed by the server, before
 * any byte of an answer, is sent once more on a new socket (the keep-alive race every client has);
 * redirects are never followed (a 3xx is refused); the body limit is checked on the declared length and
 * on the bytes counted; the deadline and the caller's leaving destroy the socket. https uses Node's TLS
 * with the system's certificate authorities and the host name checked.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const { baseUrl } = options;
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new TypeError(`the upstream must be http or https, not ${baseUrl.protocol}`);
  }
  const secure = baseUrl.protocol === 'https:';
  const hostname = baseUrl.hostname.replace(/^\[|\]$/g, '');
  const port = Number(baseUrl.port) || (secure ? 443 : 80);
  const endpoint: Endpoint = {
    secure,
    hostname,
    port,
    servername: isIP(hostname) === 0 ? hostname : undefined,
    ca: options.ca,
  };
  // A base URL may carry a path prefix (a gateway); a trailing slash is tolerated.
  const basePath = baseUrl.pathname.replace(/\/+$/, '');
  const hostLine = `host: ${baseUrl.host}\r\n`;
  const pool = new ConnectionPool(endpoint, options.connections ?? 128, options.idleMs ?? DEFAULT_IDLE_MS);

  function send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const { deadline } = request;
    if (deadline.signal.aborted) {
      return Promise.reject(transportFailure(deadline.signal.reason, deadline, 'headers'));
    }
    if (pool.closed) return Promise.reject(new UpstreamFailure('unreachable'));
    const head = requestHead(request, basePath + request.path, hostLine);
    if (head === null) {
      // A credential or token that would break the request's framing: never written, never retried.
      return Promise.reject(new UpstreamFailure('unreachable'));
    }
    const limit = request.maxBodyBytes ?? options.maxBodyBytes;
    return new Promise<UpstreamResponse>((resolve, reject) => {
      pool.dispatch(
        new Exchange(pool, head, request.method === 'GET', deadline, limit, resolve, reject, request.body),
      );
    });
  }

  return { send, close: () => pool.close() };
}

/**
 * Header lines, checked once per headers object: the credentials' headers are one object reused for
 * every request (Basic for good, OAuth per token). Null when a part could end a line early.
 */
const headerBlocks = new WeakMap<Record<string, string>, string | null>();
function headerBlock(headers: Record<string, string>): string | null {
  let block = headerBlocks.get(headers);
  if (block !== undefined) return block;
  block = '';
  for (const name in headers) {
    const value = headers[name] ?? '';
    if (!TOKEN.test(name) || !HEADER_VALUE.test(value)) {
      block = null;
      break;
    }
    block += `${name}: ${value}\r\n`;
  }
  headerBlocks.set(headers, block);
  return block;
}

/** The request's head (and body) as one latin-1 string; null when a part could end a line early. */
function requestHead(request: UpstreamRequest, path: string, hostLine: string): string | null {
  const block = headerBlock(request.headers);
  if (!PATH.test(path) || block === null) return null;
  const head = `${request.method} ${path} HTTP/1.1\r\n${hostLine}${block}`;
  const { body } = request;
  if (body === undefined) return `${head}\r\n`;
  // The body is sent as UTF-8 bytes after the latin-1 head, so its length is counted in bytes.
  return `${head}content-length: ${Buffer.byteLength(body)}\r\n\r\n`;
}

type Endpoint = {
  secure: boolean;
  hostname: string;
  port: number;
  servername: string | undefined;
  ca: string | undefined;
};

class ConnectionPool {
  closed = false;
  open = 0;
  private readonly idle: Connection[] = [];
  private readonly waiting: Exchange[] = [];
  private drained: (() => void) | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly max: number,
    readonly idleMs: number,
  ) {}

  dispatch(exchange: Exchange): void {
    // A request that must not be sent twice (the token POST, about once an hour) gets a socket of its
    // own, beyond the cap if need be: a reused socket the server has just closed would lose it.
    if (!exchange.idempotent) return this.connect().start(exchange);
    let connection = this.idle.pop();
    // A socket destroyed while idle (ours: a timeout, the server's FIN, stray bytes; or an error) stays
    // on the list until its 'close' event: never hand it out.
    while (connection?.socket.destroyed) connection = this.idle.pop();
    connection ??= this.open < this.max ? this.connect() : undefined;
    if (connection) connection.start(exchange);
    else this.waiting.push(exchange);
  }

  /** A request whose reused socket turned out closed: a new socket, ahead of those waiting. */
  redispatch(exchange: Exchange): void {
    if (this.closed) return exchange.fail(new UpstreamFailure('unreachable'));
    if (this.open < this.max) this.connect().start(exchange);
    else this.waiting.unshift(exchange);
  }

  /** A waiting request that gave up before it got a socket. */
  withdraw(exchange: Exchange): void {
    const at = this.waiting.indexOf(exchange);
    if (at !== -1) this.waiting.splice(at, 1);
  }

  /** A connection finished an exchange and may carry another. */
  release(connection: Connection): void {
    if (this.closed) return connection.destroy();
    const next = this.waiting.shift();
    if (next) connection.start(next);
    else this.idle.push(connection);
  }

  /** A connection closed (whatever the reason): its slot goes to the next waiting request. */
  closedConnection(connection: Connection): void {
    this.open -= 1;
    const at = this.idle.indexOf(connection);
    if (at !== -1) this.idle.splice(at, 1);
    const next = this.closed ? undefined : this.waiting.shift();
    if (next) this.connect().start(next);
    if (this.open === 0) this.drained?.();
  }

  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    for (const exchange of this.waiting.splice(0)) exchange.fail(new UpstreamFailure('unreachable'));
    for (const connection of this.idle.splice(0)) connection.destroy();
    this.closing =
      this.open === 0
        ? Promise.resolve()
        : new Promise((resolve) => {
            this.drained = resolve;
          });
    return this.closing;
  }

  private connect(): Connection {
    this.open += 1;
    const { secure, hostname, port, servername, ca } = this.endpoint;
    const socket: Socket = secure
      ? connectTls({ host: hostname, port, servername, ca, ALPNProtocols: ['http/1.1'] })
      : connectTcp({ host: hostname, port });
    socket.setNoDelay(true);
    return new Connection(this, socket);
  }
}

/** One socket to the upstream, carrying one exchange at a time. */
class Connection implements ResponseSink {
  private exchange: Exchange | null = null;
  private readonly parser = new ResponseParser(this);
  /** Exchanges completed on this socket (a reused socket may have been closed by the server). */
  private served = 0;
  /** Whether any byte of the current exchange's answer arrived. */
  private answered = false;
  private lastError: Error | null = null;
  /** The idle time now set on the socket. */
  private idleMs: number;

  constructor(
    private readonly pool: ConnectionPool,
    readonly socket: Socket,
  ) {
    this.idleMs = pool.idleMs;
    socket.setTimeout(this.idleMs);
    socket.on('data', (chunk: Buffer) => this.data(chunk));
    socket.on('end', () => this.ended());
    socket.on('error', (err: Error) => {
      this.lastError = err;
    });
    socket.on('timeout', () => {
      // Idle too long; a busy socket is bounded by its exchange's deadline instead.
      if (!this.exchange) this.destroy();
    });
    socket.on('close', () => this.closed());
  }

  start(exchange: Exchange): void {
    this.exchange = exchange;
    this.answered = false;
    this.parser.reset();
    exchange.attach(this);
    const { head, body } = exchange;
    if (body === undefined) {
      this.socket.write(head, 'latin1');
    } else {
      this.socket.cork();
      this.socket.write(head, 'latin1');
      this.socket.write(body, 'utf8');
      this.socket.uncork();
    }
  }

  destroy(): void {
    this.socket.destroy();
  }

  private data(chunk: Buffer): void {
    const exchange = this.exchange;
    // Bytes nobody asked for (an idle socket): the connection can no longer be trusted.
    if (!exchange) return this.destroy();
    this.answered = true;
    try {
      this.parser.execute(chunk);
    } catch (err) {
      this.exchange = null;
      this.destroy();
      exchange.lost(err, this.parser.headRead);
    }
  }

  /** The server finished sending: the end of a body framed by the close, or a cut. */
  private ended(): void {
    if (this.exchange && this.parser.finish()) return;
    this.lost();
    this.destroy();
  }

  private closed(): void {
    this.lost();
    this.pool.closedConnection(this);
  }

  /** The socket ended under an exchange: send it again (a stale keep-alive socket) or fail it. */
  private lost(): void {
    const exchange = this.exchange;
    if (!exchange) return;
    this.exchange = null;
    this.parser.stop();
    if (!this.answered && this.served > 0 && exchange.mayResend()) {
      this.pool.redispatch(exchange);
      return;
    }
    // A clean close (FIN) is not a reset: a body cut that way is not retried (decision 009).
    const err = this.lastError ?? CLOSED_EARLY;
    exchange.lost(err, this.parser.headRead);
  }

  onHead(head: ResponseHead): void {
    this.exchange?.answerHead(head);
  }

  onData(bytes: Buffer): void {
    this.exchange?.data(bytes);
  }

  onEnd(reusable: boolean, keepAliveMs: number | null): void {
    const exchange = this.exchange;
    this.exchange = null;
    this.served += 1;
    if (reusable && keepAliveMs !== null) {
      const idleMs = Math.min(this.pool.idleMs, keepAliveMs - HINT_MARGIN_MS);
      if (idleMs <= 0) reusable = false;
      else if (idleMs !== this.idleMs) this.socket.setTimeout((this.idleMs = idleMs));
    }
    if (reusable && !this.socket.destroyed) this.pool.release(this);
    else this.destroy();
    exchange?.end();
  }

  /** The exchange gave up (deadline, caller, limit, redirect): its unread answer would follow, so close. */
  abandon(): void {
    this.exchange = null;
    this.parser.stop();
    this.destroy();
  }
}

/**
 * One request's life: waiting for a socket, on a socket, then settled once. It is its deadline's abort
 * listener. One object per exchange rather than a closure per callback (decision 016).
 */
class Exchange {
  private connection: Connection | null = null;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private settled = false;
  private resent = false;
  readonly body: string | undefined;

  constructor(
    private readonly pool: ConnectionPool,
    readonly head: string,
    readonly idempotent: boolean,
    private readonly deadline: Deadline,
    private readonly limit: number,
    private readonly resolve: (response: UpstreamResponse) => void,
    private readonly reject: (failure: UpstreamFailure) => void,
    body?: string,
  ) {
    this.body = body;
    deadline.signal.addEventListener('abort', this);
  }

  attach(connection: Connection): void {
    this.connection = connection;
  }

  /** Once, and only for a GET that no byte of an answer has reached. */
  mayResend(): boolean {
    if (this.resent || !this.idempotent || this.settled) return false;
    this.resent = true;
    this.connection = null;
    return true;
  }

  /** The deadline passed or the caller left. */
  handleEvent(): void {
    if (this.settled) return;
    const stage = this.status === 0 ? 'headers' : 'body';
    this.giveUp(
      transportFailure(toError(this.deadline.signal.reason), this.deadline, stage, this.status || undefined),
    );
  }

  answerHead({ status, headers }: ResponseHead): void {
    this.status = status;
    this.headers = headers as IncomingHttpHeaders;
    if (status >= 300 && status < 400) return this.giveUp(new UpstreamFailure('redirect', status));
    if (Number(headers['content-length']) > this.limit)
      return this.giveUp(new UpstreamFailure('tooLarge', status));
  }

  data(bytes: Buffer): void {
    this.total += bytes.length;
    // Counted as it arrives: a body without Content-Length (or lying about it) is cut off here.
    if (this.total > this.limit) return this.giveUp(new UpstreamFailure('tooLarge', this.status));
    this.chunks.push(bytes);
  }

  end(): void {
    if (this.settled) return;
    this.settle();
    const { chunks } = this;
    const body = chunks.length === 1 ? (chunks[0] as Buffer<ArrayBuffer>) : Buffer.concat(chunks, this.total);
    this.resolve({ status: this.status, headers: this.headers, body });
  }

  /** The socket failed, closed early or sent a malformed answer. */
  lost(err: unknown, headRead: boolean): void {
    if (this.settled) return;
    const failure = headRead
      ? transportFailure(err, this.deadline, 'body', this.status)
      : transportFailure(err, this.deadline, 'headers');
    this.fail(failure);
  }

  fail(failure: UpstreamFailure): void {
    if (this.settled) return;
    this.settle();
    this.reject(failure);
  }

  private giveUp(failure: UpstreamFailure): void {
    const { connection } = this;
    this.fail(failure);
    if (connection) connection.abandon();
    else this.pool.withdraw(this);
  }

  private settle(): void {
    this.settled = true;
    this.connection = null;
    this.deadline.signal.removeEventListener('abort', this);
  }
}
