import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';

import type { HotPath, Reply, RawRequest } from './hot-path';
import { handOverSocket, type Handoff } from './hot-path-handoff';
import { TOKEN, trimOws } from './http-syntax';
import { Cancel } from './upstream/cancel';

/**
 * The front door: the first reader of every connection. A request that arrives whole in one read and
 * has the one plain shape the hot path answers (a GET of a member's target groups, HTTP/1.1, every
 * header line well formed and no header twice, no body) is read here and offered to the hot path;
 * when the hot path answers it, the answer is written here too. Node's HTTP server, with its limits and
 * timeouts, reads everything else: the bytes read so far are put back on the socket and the socket is
 * given to it, for good. Node's request object and response object cost about 35 µs of CPU per
 * request here, a sixth of the proxy's work (docs/decisions/016-proxy-hot-path.md, session 6).
 *
 * Strict by construction: whatever this reader is unsure of, Node reads. It never answers a request
 * Node would have read differently, because it only takes requests whose every byte it understood.
 */
export type FrontDoorOptions = {
  /** Node's own connection listener for `server` (taken off it), for the connections handed over. */
  nodeConnection: (socket: Socket) => void;
  hotPath: HotPath;
  keepAliveTimeoutMs: number;
  /** How long a new connection may take to send its first request (Node's headersTimeout). */
  headersTimeoutMs: number;
  maxHeaderBytes: number;
  /** True once the server is stopping: every answer then closes its connection. */
  stopping: () => boolean;
  /**
   * The app's answer to a handed-over request whose browser has left (there is no socket to give
   * Node): computed for its log and audit lines, as Node's path would, and dropped.
   */
  answerDetached: (request: RawRequest, handoff: Handoff) => void;
};

export type FrontDoor = {
  /** The server's connection listener. */
  accept(socket: Socket): void;
  /** Closes the connections idle on the front door (stopping); busy ones close after their answer. */
  closeIdle(): void;
  /** Closes every connection still on the front door (the grace period ran out). */
  closeAll(): void;
};

const REQUEST_LINE = /^GET (\/api\/v3\/users\/[0-9]+\/targetGroups(?:\?[\x21-\x7e]*)?) HTTP\/1\.1$/;
/** A header value a browser sends: visible ASCII, spaces and tabs (anything else is Node's to read). */
const PLAIN_VALUE = /^[\t\x20-\x7e]*$/;
/** More header lines than a browser sends: Node reads such a request. */
const MAX_HEADER_LINES = 64;
/** Headers whose presence means a request Node should read (a body, an upgrade, a 100-continue). */
const NODE_READS = new Set(['transfer-encoding', 'expect', 'upgrade', 'content-length']);

/**
 * The request head in `bytes`, when it is the whole of them and of the plain shape; null otherwise.
 * Exported for its tests.
 */
export function readPlainGet(
  bytes: Buffer,
  maxHeaderBytes: number,
): { url: string; headers: IncomingHttpHeaders; close: boolean } | null {
  const end = bytes.length - 4;
  // One complete head and nothing after it (a pipelined second request is Node's to read): the head
  // ends with the last four bytes, and an earlier blank line would be a header line with no colon.
  if (end <= 0 || bytes.length > maxHeaderBytes) return null;
  if (bytes[end] !== 0x0d || bytes[end + 1] !== 0x0a || bytes[end + 2] !== 0x0d || bytes[end + 3] !== 0x0a) {
    return null;
  }
  const lines = bytes.toString('latin1', 0, end).split('\r\n');
  const requestLine = REQUEST_LINE.exec(lines[0] ?? '');
  if (!requestLine || lines.length - 1 > MAX_HEADER_LINES) return null;
  // A plain object: a name already `in` it, its own or Object's (`constructor`, `__proto__`), is Node's.
  const headers: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    const rawName = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (!TOKEN.test(rawName) || !PLAIN_VALUE.test(value)) return null;
    const name = rawName.toLowerCase();
    if (name in headers || NODE_READS.has(name)) return null;
    headers[name] = trimOws(value);
  }
  if (headers.host === undefined) return null;
  let close = false;
  const connection = headers.connection;
  if (connection !== undefined) {
    for (const token of connection.split(',')) {
      const option = token.trim().toLowerCase();
      if (option === 'close') close = true;
      else if (option === 'upgrade') return null;
    }
  }
  return { url: requestLine[1] ?? '', headers, close };
}

/** Node's Date header text, kept per second. */
let dateSecond = -1;
let dateText = '';
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

export function createFrontDoor(options: FrontDoorOptions): FrontDoor {
  const {
    hotPath,
    maxHeaderBytes,
    keepAliveTimeoutMs,
    headersTimeoutMs,
    nodeConnection,
    stopping,
    answerDetached,
  } = options;
  // As Node 20: an idle connection is kept a second past the timeout it announces, so a client that
  // reuses it right at the announced limit does not meet a connection closing under it.
  const idleMs = keepAliveTimeoutMs + 1_000;
  const keepAliveLine = `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(keepAliveTimeoutMs / 1000)}\r\n`;
  const open = new Set<Entrance>();

  /** One connection while the front door reads it. */
  class Entrance implements Reply {
    /** A new one per request taken. */
    gone = new Cancel();
    /** The request being answered: its bytes (put back for Node if it is handed over) and its facts. */
    private current: { bytes: Buffer; facts: RawRequest } | null = null;
    /** Bytes that came while it was being answered (a pipelined request: Node's to read). */
    private later: Buffer | null = null;
    private closeAfter = false;
    /** Whether an answer has been written (the idle timeout then replaces the first-request one). */
    private answered = false;
    private readonly onData = (chunk: Buffer) => this.data(chunk);
    private readonly onTimeout = () => {
      if (this.current === null) this.socket.destroy();
    };
    private readonly onClose = () => {
      open.delete(this);
      if (this.current !== null) this.gone.abort();
    };
    /** The browser closed its side: as Node's server (httpAllowHalfOpen off), the request is abandoned. */
    private readonly onEnd = () => {
      this.ended = true;
      if (this.current !== null) this.gone.abort();
      this.socket.destroySoon();
    };
    /** The browser has closed its side (nothing more can be read, nothing handed to Node). */
    private ended = false;

    constructor(readonly socket: Socket) {
      open.add(this);
      socket.setNoDelay(true);
      // Until the first request, the time Node gives a client to send its headers.
      socket.setTimeout(headersTimeoutMs);
      socket.on('data', this.onData);
      socket.on('timeout', this.onTimeout);
      socket.on('close', this.onClose);
      socket.on('end', this.onEnd);
      socket.on('error', ignore);
    }

    get idle(): boolean {
      return this.current === null;
    }

    private data(chunk: Buffer): void {
      if (this.current !== null) {
        // Held, and no more read until the answer is out (Node reads the rest): memory stays bounded.
        this.later = this.later ? Buffer.concat([this.later, chunk]) : chunk;
        this.socket.pause();
        return;
      }
      const request = readPlainGet(chunk, maxHeaderBytes);
      // A client that does not read its answers: Node's server stops reading it until they drain.
      if (!request || stopping() || this.socket.writableNeedDrain) return this.toNode(chunk);
      const facts: RawRequest = {
        method: 'GET',
        url: request.url,
        headers: request.headers,
        remoteAddress: this.socket.remoteAddress,
      };
      this.current = { bytes: chunk, facts };
      this.closeAfter = request.close;
      this.gone = new Cancel();
      if (!hotPath.raw(facts, this)) this.toNode(chunk);
    }

    write(status: number, headers: readonly string[], body: Uint8Array): void {
      const { socket } = this;
      const later = this.later;
      this.current = null;
      this.later = null;
      if (socket.destroyed) return;
      const close = this.closeAfter || stopping();
      let head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}\r\n`;
      for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r\n`;
      head += `Date: ${httpDate()}\r\n${close ? 'Connection: close\r\n' : keepAliveLine}\r\n`;
      socket.cork();
      socket.write(head, 'latin1');
      socket.write(body);
      socket.uncork();
      if (close) {
        open.delete(this);
        socket.off('data', this.onData);
        // Closed once written, whatever the client does with its side (as Node's destroySoon).
        socket.destroySoon();
        return;
      }
      if (!this.answered) {
        this.answered = true;
        socket.setTimeout(idleMs);
      }
      if (later && !this.ended) this.toNode(later);
    }

    handOver(handoff: Handoff): void {
      const { socket, current, later } = this;
      if (current === null) return;
      if (socket.destroyed || this.ended) {
        this.current = null;
        this.later = null;
        return answerDetached(current.facts, handoff);
      }
      handOverSocket(socket, handoff);
      this.toNode(later ? Buffer.concat([current.bytes, later]) : current.bytes);
    }

    /** Puts `bytes` back and gives the socket to Node's HTTP server, for good. */
    private toNode(bytes: Buffer): void {
      const { socket } = this;
      open.delete(this);
      socket.off('data', this.onData);
      socket.off('timeout', this.onTimeout);
      socket.off('close', this.onClose);
      socket.off('end', this.onEnd);
      socket.off('error', ignore);
      socket.setTimeout(0);
      this.current = null;
      this.later = null;
      if (socket.destroyed) return;
      socket.pause();
      socket.unshift(bytes);
      nodeConnection(socket);
      socket.resume();
    }

    close(): void {
      this.socket.destroy();
    }
  }

  return {
    accept: (socket) => void new Entrance(socket),
    closeIdle() {
      for (const entrance of open) if (entrance.idle) entrance.close();
    },
    closeAll() {
      for (const entrance of open) entrance.close();
    },
  };
}

function ignore(): void {}
