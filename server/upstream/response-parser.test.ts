import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MAX_CHUNK_LINE_BYTES, MAX_HEAD_BYTES, ParseError, ResponseParser } from './response-parser';

type Read = {
  status: number | null;
  headers: Record<string, unknown>;
  body: Buffer;
  ended: boolean;
  reusable: boolean | null;
  keepAliveMs: number | null;
  heads: number;
};

/** Feeds `bytes` cut at `cuts`, then (optionally) the server's close; what the sink saw, or the error. */
function read(bytes: Buffer, cuts: number[] = [], close = false): Read {
  const seen: Read = {
    status: null,
    headers: {},
    body: Buffer.alloc(0),
    ended: false,
    reusable: null,
    keepAliveMs: null,
    heads: 0,
  };
  const parts: Buffer[] = [];
  const parser = new ResponseParser({
    onHead(head) {
      seen.heads += 1;
      seen.status = head.status;
      seen.headers = head.headers;
    },
    onData(data) {
      parts.push(Buffer.from(data));
    },
    onEnd(reusable, keepAliveMs) {
      seen.ended = true;
      seen.reusable = reusable;
      seen.keepAliveMs = keepAliveMs;
    },
  });
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (seen.ended) break;
    parser.execute(bytes.subarray(from, point));
    from = point;
  }
  if (close && !seen.ended) parser.finish();
  seen.body = Buffer.concat(parts);
  return seen;
}

const text = (s: string) => Buffer.from(s, 'latin1');
const codeOf = (bytes: Buffer, close = false) => {
  try {
    read(bytes, [], close);
    return 'accepted';
  } catch (err) {
    return err instanceof ParseError ? err.code : `other: ${String(err)}`;
  }
};

describe('ResponseParser: framing', () => {
  it('reads a Content-Length body and keeps the connection', () => {
    const r = read(text('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'));
    expect(r).toMatchObject({ status: 200, ended: true, reusable: true });
    expect(r.headers).toEqual({ 'content-type': 'application/json', 'content-length': '2' });
    expect(r.body.toString()).toBe('{}');
  });

  it('reads chunks with extensions and trailers, whatever the cuts', () => {
    const bytes = text(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;name=value\r\nabc\r\n0002\r\nde\r\n0\r\nX-Sum: 5\r\n\r\n',
    );
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = read(bytes, [cut, cut + 3]);
      expect(r.body.toString(), `cut at ${cut}`).toBe('abcde');
      expect(r.reusable).toBe(true);
    }
  });

  it('reads a body framed by the close, and never reuses that connection', () => {
    const bytes = text('HTTP/1.1 200 OK\r\n\r\n{"data":1}');
    const r = read(bytes, [20], true);
    expect(r).toMatchObject({ ended: true, reusable: false });
    expect(r.body.toString()).toBe('{"data":1}');
    expect(read(bytes, [], false).ended).toBe(false);
  });

  it('skips 1xx heads before the answer', () => {
    const r = read(
      text(
        'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx',
      ),
    );
    expect(r).toMatchObject({ status: 200, heads: 1, reusable: true });
    expect(r.body.toString()).toBe('x');
  });

  it('gives 204 and 304 no body, whatever length they declare', () => {
    for (const status of [204, 304]) {
      const r = read(text(`HTTP/1.1 ${status} X\r\nContent-Length: 5\r\n\r\n`));
      expect(r).toMatchObject({ status, ended: true, reusable: true });
      expect(r.body.length).toBe(0);
    }
  });

  it('does not reuse a connection after Connection: close, HTTP/1.0, or bytes past the end', () => {
    expect(
      read(text('HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\nContent-Length: 0\r\n\r\n')).reusable,
    ).toBe(false);
    expect(read(text('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n')).reusable).toBe(false);
    const extra = read(text('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxHTTP/1.1 200 OK\r\n'));
    expect(extra).toMatchObject({ reusable: false });
    expect(extra.body.toString()).toBe('x');
  });

  it("reports the server's keep-alive hint", () => {
    const r = read(text('HTTP/1.1 200 OK\r\nKeep-Alive: max=100, timeout=5\r\nContent-Length: 0\r\n\r\n'));
    expect(r.keepAliveMs).toBe(5_000);
  });

  it('joins repeated headers as Node does, and keeps set-cookie as a list', () => {
    const r = read(
      text(
        'HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length:  0 \r\n\r\n',
      ),
    );
    expect(r.headers).toEqual({ 'x-a': '1, 2', 'set-cookie': ['a=1', 'b=2'], 'content-length': '0' });
  });

  it('reads headers named like Object properties as headers, and drops __proto__', () => {
    const r = read(text('HTTP/1.1 200 OK\r\nConstructor: a\r\n__proto__: b\r\nContent-Length: 0\r\n\r\n'));
    expect(r.headers).toEqual({ constructor: 'a', 'content-length': '0' });
    expect(Object.getPrototypeOf(r.headers)).toBe(Object.prototype);
  });

  it('accepts repeated Content-Length values that agree', () => {
    const r = read(text('HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok'));
    expect(r.body.toString()).toBe('ok');
  });
});

describe('ResponseParser: what it refuses (where two readers could disagree on the end)', () => {
  const cases: [string, string, string][] = [
    ['no status line', 'HTML <body>\r\n\r\n', 'HPE_INVALID_STATUS'],
    ['HTTP/2 text', 'HTTP/2 200\r\n\r\n', 'HPE_INVALID_STATUS'],
    ['a two-digit status', 'HTTP/1.1 20 OK\r\n\r\n', 'HPE_INVALID_STATUS'],
    ['a switch of protocols', 'HTTP/1.1 101 Switching\r\nUpgrade: h2c\r\n\r\n', 'HPE_INVALID_STATUS'],
    [
      'a folded header line',
      'HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\nContent-Length: 0\r\n\r\n',
      'HPE_INVALID_HEADER_TOKEN',
    ],
    ['a space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
    ['a line without a colon', 'HTTP/1.1 200 OK\r\nnonsense\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
    [
      'a bare LF inside a header',
      'HTTP/1.1 200 OK\r\nX-A: 1\nContent-Length: 5\r\n\r\n',
      'HPE_INVALID_HEADER_TOKEN',
    ],
    ['a NUL in a value', 'HTTP/1.1 200 OK\r\nX-A: a\0b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
    [
      'both framings',
      'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n',
      'HPE_UNEXPECTED_CONTENT_LENGTH',
    ],
    [
      'an encoding it cannot undo',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n',
      'HPE_INVALID_TRANSFER_ENCODING',
    ],
    [
      'chunked on HTTP/1.0',
      'HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
      'HPE_INVALID_TRANSFER_ENCODING',
    ],
    [
      'lengths that differ',
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc',
      'HPE_INVALID_CONTENT_LENGTH',
    ],
    ['a signed length', 'HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nab', 'HPE_INVALID_CONTENT_LENGTH'],
    ['an empty length', 'HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
    [
      'a chunk size that is not hex',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'HPE_INVALID_CHUNK_SIZE',
    ],
    [
      'a negative chunk size',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n',
      'HPE_INVALID_CHUNK_SIZE',
    ],
    [
      'a chunk longer than it said',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n',
      'HPE_STRICT',
    ],
    [
      'a malformed trailer',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nbad trailer\r\n\r\n',
      'HPE_INVALID_HEADER_TOKEN',
    ],
  ];
  it.each(cases)('%s', (_name, response, code) => {
    expect(codeOf(text(response))).toBe(code);
  });

  it('bounds the head and a chunk line, even when they never end', () => {
    const longHead = Buffer.concat([text('HTTP/1.1 200 OK\r\nX-Big: '), Buffer.alloc(MAX_HEAD_BYTES, 'a')]);
    expect(codeOf(longHead)).toBe('HPE_HEADER_OVERFLOW');
    // Fed in small pieces, it is refused as soon as the carried part passes the bound.
    const pieces = Array.from({ length: 200 }, (_, i) => (i + 1) * 512);
    expect(() => read(longHead, pieces)).toThrow(ParseError);
    const longLine = Buffer.concat([
      text('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;'),
      Buffer.alloc(MAX_CHUNK_LINE_BYTES, 'x'),
    ]);
    expect(codeOf(longLine)).toBe('HPE_CHUNK_EXTENSIONS_OVERFLOW');
  });
});

describe('ResponseParser: any response, cut anywhere (fast-check)', () => {
  const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,11}$/);
  const value = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,20}[\x21-\x7e])?$/);
  const reserved = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie']);
  const response = fc.record({
    status: fc.integer({ min: 200, max: 599 }).filter((s) => s !== 204 && s !== 304),
    informational: fc.array(fc.constantFrom(100, 102, 103), { maxLength: 2 }),
    headers: fc
      .uniqueArray(fc.tuple(token, value), {
        maxLength: 6,
        selector: ([name]) => name.toLowerCase(),
      })
      .map((pairs) => pairs.filter(([name]) => !reserved.has(name.toLowerCase()))),
    body: fc.uint8Array({ maxLength: 3_000 }),
    framing: fc.constantFrom('length', 'chunked', 'close'),
    chunkSizes: fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
    close: fc.boolean(),
    cuts: fc.array(fc.nat(4_000), { maxLength: 8 }),
  });

  it('reports the status, headers and body sent, and whether the connection may be reused', () => {
    fc.assert(
      fc.property(response, (r) => {
        let head = r.informational.map((s) => `HTTP/1.1 ${s} Info\r\n\r\n`).join('');
        head += `HTTP/1.1 ${r.status} Reason\r\n`;
        for (const [name, v] of r.headers) head += `${name}: ${v}\r\n`;
        if (r.close) head += 'Connection: close\r\n';
        const body = Buffer.from(r.body);
        const parts: Buffer[] = [];
        if (r.framing === 'length') {
          head += `Content-Length: ${body.length}\r\n\r\n`;
          parts.push(text(head), body);
        } else if (r.framing === 'chunked') {
          head += 'Transfer-Encoding: chunked\r\n\r\n';
          parts.push(text(head));
          let at = 0;
          for (let i = 0; at < body.length; i++) {
            const size = Math.min(r.chunkSizes[i % r.chunkSizes.length] ?? 1, body.length - at);
            parts.push(text(`${size.toString(16)}\r\n`), body.subarray(at, at + size), text('\r\n'));
            at += size;
          }
          parts.push(text('0\r\n\r\n'));
        } else {
          parts.push(text(`${head}\r\n`), body);
        }
        const bytes = Buffer.concat(parts);
        const seen = read(bytes, r.cuts, r.framing === 'close');
        expect(seen.status).toBe(r.status);
        expect(seen.heads).toBe(1);
        expect(seen.body.equals(body)).toBe(true);
        expect(seen.ended).toBe(true);
        expect(seen.reusable).toBe(r.framing !== 'close' && !r.close);
        for (const [name, v] of r.headers) expect(seen.headers[name.toLowerCase()]).toBe(v);
      }),
      { numRuns: 400 },
    );
  });
});
