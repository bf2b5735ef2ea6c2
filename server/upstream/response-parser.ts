/**
 * An HTTP/1.1 response reader for the upstream client (http-client.ts): fed the socket's chunks as they
 * come, it reports the final head, the body's bytes (slices of those chunks, never copied) and the end,
 * and says whether the connection may carry another request.
 *
 * Strict where leniency lets two readers disagree about where a message ends (RFC 9112): CRLF line ends
 * only, no folded header lines, no control characters, one Content-Length value (repeats must agree),
 * Transfer-Encoding only as exactly `chunked` and never together with Content-Length, a bounded head and
 * bounded chunk lines. Framing, in RFC 9112 §6.3's order: 1xx heads are skipped (101 is refused: nothing
 * here asks to switch protocols); 204 and 304 have no body; then chunked, then Content-Length, else the
 * body runs until the server closes (and the connection is not reused). Anything else is a ParseError
 * whose code starts with `HPE_`, which failure.ts reads as a bad response.
 */

import { TOKEN, trimOws } from '../http-syntax';

export class ParseError extends Error {
  override name = 'ParseError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Header names in lower case; repeats joined with `, ` (set-cookie kept as a list), as Node does. */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

export type ResponseHead = {
  status: number;
  headers: ResponseHeaders;
};

export interface ResponseSink {
  /** The final (non-1xx) head. The sink may `stop()` the parser here (a redirect, a body too large). */
  onHead(head: ResponseHead): void;
  /** Body bytes, a view of the chunk being parsed. */
  onData(bytes: Buffer): void;
  /**
   * The message is complete. `reusable`: HTTP/1.1 without `Connection: close`, framed by length or
   * chunks, and no byte beyond its end (nothing here pipelines, so a stray byte spoils the connection).
   * `keepAliveMs`: the server's `Keep-Alive: timeout=` hint, when it sent one.
   */
  onEnd(reusable: boolean, keepAliveMs: number | null): void;
}

/** The most a head (status line and headers, 1xx heads included) or a chunk's trailers may take. */
export const MAX_HEAD_BYTES = 64 * 1024;
/** The most a chunk-size line (hex size and extensions) may take. */
export const MAX_CHUNK_LINE_BYTES = 4 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9][0-9][0-9])(?: [\t\x20-\x7e\x80-\xff]*)?$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const DIGITS = /^[0-9]{1,15}$/;
const CHUNK_LINE = /^([0-9A-Fa-f]{1,12})[\t ]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/;
const KEEP_ALIVE_TIMEOUT = /(?:^|[,;\s])timeout\s*=\s*([0-9]{1,6})/i;

type State = 'head' | 'length' | 'chunkLine' | 'chunkData' | 'chunkEnd' | 'trailers' | 'untilClose' | 'done';

const fail = (code: string, message: string): never => {
  throw new ParseError(code, message);
};

function parseHead(text: string): {
  status: number;
  http10: boolean;
  headers: ResponseHeaders;
} {
  const lines = text.split('\r\n');
  const match = STATUS_LINE.exec(lines[0] ?? '');
  if (!match) return fail('HPE_INVALID_STATUS', 'the status line is not HTTP/1.x');
  const headers: ResponseHeaders = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    // A folded line starts with whitespace, which no header name holds.
    if (colon <= 0 || !TOKEN.test(name)) fail('HPE_INVALID_HEADER_TOKEN', 'a header line is malformed');
    const value = trimOws(line.slice(colon + 1));
    if (!FIELD_VALUE.test(value))
      fail('HPE_INVALID_HEADER_TOKEN', 'a header value holds a control character');
    const key = name.toLowerCase();
    // A plain object, as Node's headers: `__proto__` is dropped, and Object's own names are not headers.
    if (key === '__proto__') continue;
    const before = Object.hasOwn(headers, key) ? headers[key] : undefined;
    if (key === 'set-cookie') headers[key] = Array.isArray(before) ? [...before, value] : [value];
    else headers[key] = before === undefined ? value : `${String(before)}, ${value}`;
  }
  return { status: Number(match[2]), http10: match[1] === '0', headers };
}

/** The one Content-Length a head declares (repeats, listed or on several lines, must agree). */
function contentLength(value: string): number {
  let length = -1;
  for (const part of value.split(',')) {
    const digits = trimOws(part);
    if (!DIGITS.test(digits)) fail('HPE_INVALID_CONTENT_LENGTH', 'Content-Length is not a number');
    const n = Number(digits);
    if (length !== -1 && n !== length) fail('HPE_INVALID_CONTENT_LENGTH', 'Content-Length values differ');
    length = n;
  }
  return length;
}

const listHas = (value: string | string[] | undefined, token: string) =>
  typeof value === 'string' && value.split(',').some((part) => trimOws(part).toLowerCase() === token);

export class ResponseParser {
  private state: State = 'head';
  /** A head, chunk line or trailers that a chunk boundary cut in two. */
  private pending: Buffer | null = null;
  /** Body bytes still to come (length framing) or of the current chunk. */
  private remaining = 0;
  /** Bytes of a chunk's closing CRLF already seen. */
  private crlfSeen = 0;
  private keepAlive = false;
  private keepAliveMs: number | null = null;
  private stopped = false;

  constructor(private readonly sink: ResponseSink) {}

  /** Ready for the next response on the same connection. */
  reset(): void {
    this.state = 'head';
    this.pending = null;
    this.remaining = 0;
    this.crlfSeen = 0;
    this.keepAlive = false;
    this.keepAliveMs = null;
    this.stopped = false;
  }

  /** No more callbacks for this response (the sink has given up on it). */
  stop(): void {
    this.stopped = true;
  }

  /** True once the final head has been read (a failure after it concerns the body). */
  get headRead(): boolean {
    return this.state !== 'head';
  }

  /**
   * The server closed the connection. True when that ends the message (a body framed by the close);
   * false when the message was cut short (or never began).
   */
  finish(): boolean {
    if (this.state !== 'untilClose' || this.stopped) return false;
    this.state = 'done';
    this.sink.onEnd(false, null);
    return true;
  }

  /** Reads one chunk; throws a ParseError for a malformed message. */
  execute(chunk: Buffer): void {
    let at = 0;
    const end = chunk.length;
    while (at < end && !this.stopped) {
      switch (this.state) {
        case 'head':
          at = this.readHead(chunk, at);
          break;
        case 'length':
          at = this.pass(chunk, at);
          if (this.remaining === 0) this.complete(at < end);
          break;
        case 'untilClose':
          this.sink.onData(at === 0 ? chunk : chunk.subarray(at));
          at = end;
          break;
        case 'chunkLine':
          at = this.readChunkLine(chunk, at);
          break;
        case 'chunkData':
          at = this.pass(chunk, at);
          if (this.remaining === 0) {
            this.state = 'chunkEnd';
            this.crlfSeen = 0;
          }
          break;
        case 'chunkEnd': {
          const expected = this.crlfSeen === 0 ? CR : LF;
          if (chunk[at] !== expected) fail('HPE_STRICT', 'a chunk does not end with CRLF');
          at += 1;
          this.crlfSeen += 1;
          if (this.crlfSeen === 2) this.state = 'chunkLine';
          break;
        }
        case 'trailers':
          at = this.readTrailers(chunk, at);
          break;
        case 'done':
          // Fed again after the end without reset(): a caller's mistake, never a second response.
          fail('HPE_EXTRA_BYTES', 'bytes after the end of the response');
      }
    }
  }

  /** Hands on the body bytes still due from `at` (up to the chunk's end); returns where it stopped. */
  private pass(chunk: Buffer, at: number): number {
    const take = Math.min(this.remaining, chunk.length - at);
    this.remaining -= take;
    this.sink.onData(chunk.subarray(at, at + take));
    return at + take;
  }

  private complete(moreBytes: boolean): void {
    this.state = 'done';
    this.pending = null;
    if (!this.stopped) this.sink.onEnd(this.keepAlive && !moreBytes, this.keepAliveMs);
    // Bytes beyond the end are not read: onEnd has said the connection cannot be reused.
    if (moreBytes) this.stopped = true;
  }

  /**
   * Finds the end of a line-delimited section (`\r\n\r\n` for a head, `\r\n` for a chunk line), joining
   * a section a chunk boundary cut. Returns the section and where the chunk continues, or null when the
   * section goes on in the next chunk.
   */
  private section(
    chunk: Buffer,
    at: number,
    terminator: string,
    limit: number,
    code: string,
  ): { text: string; next: number } | null {
    const carried = this.pending;
    const joined = carried ? Buffer.concat([carried, chunk.subarray(at)]) : chunk;
    const from = carried ? 0 : at;
    // A terminator may straddle the boundary: search from a little before the carried bytes' end.
    const searchFrom = carried ? Math.max(0, carried.length - terminator.length + 1) : from;
    const found = joined.indexOf(terminator, searchFrom, 'latin1');
    if (found === -1) {
      if (joined.length - from > limit) fail(code, 'the response head or a chunk line is too long');
      this.pending = carried ? joined : Buffer.from(chunk.subarray(at));
      return null;
    }
    if (found - from > limit) fail(code, 'the response head or a chunk line is too long');
    this.pending = null;
    const text = joined.toString('latin1', from, found);
    const next = found + terminator.length - (carried ? carried.length : 0);
    // `next` is an offset into `chunk` when nothing was carried, else past the carried bytes.
    return { text, next: carried ? at + next : next };
  }

  private readHead(chunk: Buffer, at: number): number {
    const found = this.section(chunk, at, '\r\n\r\n', MAX_HEAD_BYTES, 'HPE_HEADER_OVERFLOW');
    if (!found) return chunk.length;
    const { status, http10, headers } = parseHead(found.text);
    if (status < 200) {
      if (status === 101) fail('HPE_INVALID_STATUS', 'the upstream switched protocols');
      return found.next; // informational: the real head follows
    }
    const connection = headers.connection;
    this.keepAlive = !http10 && !listHas(connection, 'close');
    const hint =
      typeof headers['keep-alive'] === 'string' ? KEEP_ALIVE_TIMEOUT.exec(headers['keep-alive']) : null;
    this.keepAliveMs = hint ? Number(hint[1]) * 1000 : null;

    const te = headers['transfer-encoding'];
    const cl = headers['content-length'];
    let framing: 'none' | 'chunked' | 'length' | 'close';
    let length = 0;
    if (status === 204 || status === 304) {
      framing = 'none';
    } else if (te !== undefined) {
      if (cl !== undefined)
        fail('HPE_UNEXPECTED_CONTENT_LENGTH', 'both Transfer-Encoding and Content-Length');
      if (http10 || typeof te !== 'string' || trimOws(te).toLowerCase() !== 'chunked') {
        fail('HPE_INVALID_TRANSFER_ENCODING', 'a Transfer-Encoding other than chunked');
      }
      framing = 'chunked';
    } else if (cl !== undefined) {
      length = contentLength(String(cl));
      framing = 'length';
    } else {
      framing = 'close';
    }
    this.state = 'done';
    this.sink.onHead({ status, headers });
    if (this.stopped) return chunk.length;
    const more = found.next < chunk.length;
    switch (framing) {
      case 'none':
        this.complete(more);
        break;
      case 'length':
        this.remaining = length;
        if (length === 0) this.complete(more);
        else this.state = 'length';
        break;
      case 'chunked':
        this.state = 'chunkLine';
        break;
      case 'close':
        this.keepAlive = false;
        this.state = 'untilClose';
        break;
    }
    return found.next;
  }

  private readChunkLine(chunk: Buffer, at: number): number {
    const found = this.section(chunk, at, '\r\n', MAX_CHUNK_LINE_BYTES, 'HPE_CHUNK_EXTENSIONS_OVERFLOW');
    if (!found) return chunk.length;
    const match = CHUNK_LINE.exec(found.text);
    if (!match) fail('HPE_INVALID_CHUNK_SIZE', 'a chunk size is malformed');
    const size = parseInt((match as RegExpExecArray)[1] ?? '', 16);
    if (size === 0) {
      this.state = 'trailers';
    } else {
      this.remaining = size;
      this.state = 'chunkData';
    }
    return found.next;
  }

  /** Trailer fields after the last chunk, up to the empty line; read for their syntax, then dropped. */
  private readTrailers(chunk: Buffer, at: number): number {
    // No trailers: the empty line follows at once (the common case, often in the same chunk).
    if (this.pending === null && chunk[at] === CR && at + 1 < chunk.length && chunk[at + 1] === LF) {
      const next = at + 2;
      this.complete(next < chunk.length);
      return next;
    }
    // Trailers (or a boundary inside the CRLF): the section ends with an empty line. Prefixing CRLF lets
    // one search find either `\r\n` alone (no trailers) or `…\r\n\r\n`.
    if (this.pending === null) this.pending = Buffer.from('\r\n', 'latin1');
    const found = this.section(chunk, at, '\r\n\r\n', MAX_HEAD_BYTES, 'HPE_HEADER_OVERFLOW');
    if (!found) return chunk.length;
    const lines = found.text.split('\r\n').slice(1);
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0 || !TOKEN.test(line.slice(0, colon)) || !FIELD_VALUE.test(line.slice(colon + 1))) {
        fail('HPE_INVALID_HEADER_TOKEN', 'a trailer line is malformed');
      }
    }
    this.complete(found.next < chunk.length);
    return found.next;
  }
}
