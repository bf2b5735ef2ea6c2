/**
 * A byte-level JSON validator that builds nothing: it answers "would `JSON.parse` of these bytes,
 * decoded as UTF-8 the way `Buffer#toString('utf8')` decodes them, succeed?" without creating a
 * single string, number or object. The proxy forwards the upstream's bytes unchanged; it only has to
 * prove they are one complete JSON document, and JSON.parse of a 20 KB member costs as much as the
 * whole rest of a request (docs/decisions/016-proxy-hot-path.md).
 *
 * Exactly as strict as JSON.parse (RFC 8259 without extensions; fuzzed against it in
 * json-scan.test.ts):
 * - whitespace is space, tab, LF, CR only (a BOM or a no-break space is an error, as in JSON.parse);
 * - numbers `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` (any magnitude: 1e400 parses, to Infinity);
 * - strings: no raw character below U+0020, escapes `\" \\ \/ \b \f \n \r \t \uXXXX` only; a lone
 *   surrogate escape (`"\ud800"`) is accepted, as JSON.parse accepts it;
 * - bytes of 0x80 and above: inside a string always accepted (valid UTF-8 is text, and invalid UTF-8
 *   decodes to U+FFFD, which is text too: the decoder never swallows an ASCII byte such as a closing
 *   quote); outside a string always an error (no non-ASCII character is JSON syntax);
 * - nesting of any depth (the stack is a byte array, not recursion).
 *
 * For the envelope check it also reports whether the top-level object has a `data` key and where the
 * values of its `errors` and `warnings` keys lie (the last occurrence, as JSON.parse keeps the last of
 * duplicate keys), so those small parts can be parsed and checked by the contract's schema without
 * parsing the member.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OBJECT = 1;
const ARRAY = 2;

/** 1 for the four JSON whitespace bytes. */
const WS = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;

/** 1 for a hexadecimal digit (of a \u escape). */
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** 1 for the characters allowed after a backslash other than `u`. */
const SIMPLE_ESCAPE = new Uint8Array(256);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A half-open byte range [start, end). */
export type Span = { start: number; end: number };

export type EnvelopeScan = {
  /** The document is an object (not an array or a bare value). */
  isObject: boolean;
  /** The object has a top-level `data` key (of any value: the envelope requires the key). */
  hasData: boolean;
  /** The value of the last top-level `errors` / `warnings` key, when present. */
  errors: Span | null;
  warnings: Span | null;
};

/** 1 for a byte that ends a string's plain run: a quote, a backslash, a raw control character. */
const STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STOP[c] = 1;
STOP[QUOTE] = 1;
STOP[BACKSLASH] = 1;

/** Index just past the closing quote of the string whose opening quote is at `i - 1`; -1 if invalid. */
function skipString(b: Uint8Array, i: number, n: number): number {
  for (;;) {
    // Four plain bytes at a time, one branch for the four (−10 to −25 % of the scan on a member
    // body, docs/decisions/016-proxy-hot-path.md); the byte loop below finds the byte that stopped it.
    while (
      i + 4 <= n &&
      ((STOP[b[i] as number] as number) |
        (STOP[b[i + 1] as number] as number) |
        (STOP[b[i + 2] as number] as number) |
        (STOP[b[i + 3] as number] as number)) ===
        0
    ) {
      i += 4;
    }
    // The rest of the plain run: compares beat a table lookup here (most bytes are letters).
    let c = 0;
    for (; i < n; i++) {
      c = b[i] as number;
      if (c > BACKSLASH || (c > QUOTE && c < BACKSLASH) || c === 0x20 || c === 0x21) continue;
      break;
    }
    if (i >= n) return -1;
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return -1; // a raw control character
    const e = b[i + 1];
    if (e === undefined) return -1;
    if (e === 0x75) {
      // \uXXXX: four hex digits; a lone surrogate is fine, as in JSON.parse.
      if (i + 5 >= n) return -1;
      if (
        HEX[b[i + 2] as number] === 0 ||
        HEX[b[i + 3] as number] === 0 ||
        HEX[b[i + 4] as number] === 0 ||
        HEX[b[i + 5] as number] === 0
      ) {
        return -1;
      }
      i += 6;
    } else if (SIMPLE_ESCAPE[e] === 1) {
      i += 2;
    } else {
      return -1;
    }
  }
}

/**
 * Index of the first byte at or after `i` that is not JSON whitespace. Callers test `b[i] <= 0x20`
 * first: compact JSON has no whitespace, and that one compare is cheaper than the table.
 */
function skipWs(b: Uint8Array, i: number, n: number): number {
  while (i < n && WS[b[i] as number] === 1) i++;
  return i;
}

/** Index just past the number starting at `i`; -1 if invalid. */
function skipNumber(b: Uint8Array, i: number, n: number): number {
  if (b[i] === 0x2d) i++; // -
  if (i >= n) return -1;
  let c = b[i] as number;
  if (c === 0x30) {
    i++;
  } else if (c >= 0x31 && c <= 0x39) {
    i++;
    while (i < n && isDigit(b[i] as number)) i++;
  } else {
    return -1;
  }
  if (i < n && b[i] === 0x2e) {
    // .digits
    i++;
    if (i >= n || !isDigit(b[i] as number)) return -1;
    while (i < n && isDigit(b[i] as number)) i++;
  }
  if (i < n && (b[i] === 0x65 || b[i] === 0x45)) {
    // e, E
    i++;
    c = b[i] ?? -1;
    if (c === 0x2b || c === 0x2d) i++;
    if (i >= n || !isDigit(b[i] as number)) return -1;
    while (i < n && isDigit(b[i] as number)) i++;
  }
  return i;
}

/** Index just past `word` (true, false, null) at `i`; -1 if the bytes differ. */
function skipLiteral(b: Uint8Array, i: number, n: number, word: Uint8Array): number {
  if (i + word.length > n) return -1;
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return -1;
  return i + word.length;
}

const TRUE = new TextEncoder().encode('true');
const FALSE = new TextEncoder().encode('false');
const NULL = new TextEncoder().encode('null');
const ERRORS = new TextEncoder().encode('errors');
const WARNINGS = new TextEncoder().encode('warnings');
const DATA = new TextEncoder().encode('data');

/** The key between `start` and `end` (its quotes excluded) read as JSON.parse reads it. */
function keyIs(b: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  let escaped = false;
  for (let k = start; k < end; k++) if (b[k] === BACKSLASH) escaped = true;
  if (escaped) {
    // Rare: `"err\u006frs"` is `errors` too. Decode just this key.
    const text = Buffer.from(b.buffer, b.byteOffset + start - 1, end - start + 2).toString('utf8');
    return JSON.parse(text) === new TextDecoder().decode(word);
  }
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[start + k] !== word[k]) return false;
  return true;
}

/**
 * Validates `b` as one complete JSON document. Returns null when JSON.parse would throw; otherwise
 * what the envelope check needs (the spans only when `spans` is true).
 */
export function scanJson(b: Uint8Array, spans = false): EnvelopeScan | null {
  const n = b.length;
  let stack = new Uint8Array(64);
  let depth = 0;
  let i = 0;
  let isObject = false;
  let hasData = false;
  let errors: Span | null = null;
  let warnings: Span | null = null;
  /** At depth 1 inside the top object: which captured key the current value belongs to (0: none). */
  let capturing = 0;
  let valueStart = 0;
  /** The next thing to read is an object member's key (then its value). */
  let keyNext = false;

  i = skipWs(b, 0, n);
  if (i < n && b[i] === 0x7b) isObject = true;

  // Each pass parses one value at `i`, then closes containers and consumes separators until the
  // next value starts (or the document ends).
  for (;;) {
    if (keyNext) {
      // `"key" :` before a member's value (the first one after `{`, the others after `,`).
      keyNext = false;
      if (b[i] !== QUOTE) return null;
      const keyStart = i + 1;
      i = skipString(b, keyStart, n);
      if (i < 0) return null;
      if (spans && depth === 1) {
        capturing = whichKey(b, keyStart, i - 1);
        if (capturing === 3) {
          hasData = true;
          capturing = 0;
        }
      }
      if (i < n && (b[i] as number) <= 0x20) i = skipWs(b, i, n);
      if (b[i] !== 0x3a) return null;
      i++;
      if (i < n && (b[i] as number) <= 0x20) i = skipWs(b, i, n);
      if (depth === 1) valueStart = i;
    }
    if (i >= n) return null;
    const c = b[i] as number;
    if (c === 0x7b || c === 0x5b) {
      // { or [
      i++;
      if (i < n && (b[i] as number) <= 0x20) i = skipWs(b, i, n);
      if (i >= n) return null;
      const empty = b[i] === (c === 0x7b ? 0x7d : 0x5d);
      if (empty) {
        i++;
      } else {
        if (depth === stack.length) {
          const bigger = new Uint8Array(stack.length * 2);
          bigger.set(stack);
          stack = bigger;
        }
        stack[depth++] = c === 0x7b ? OBJECT : ARRAY;
        // An object's first member starts with its key.
        keyNext = c === 0x7b;
        continue;
      }
    } else if (c === QUOTE) {
      i = skipString(b, i + 1, n);
    } else if (c === 0x2d || isDigit(c)) {
      i = skipNumber(b, i, n);
    } else if (c === 0x74) {
      i = skipLiteral(b, i, n, TRUE);
    } else if (c === 0x66) {
      i = skipLiteral(b, i, n, FALSE);
    } else if (c === 0x6e) {
      i = skipLiteral(b, i, n, NULL);
    } else {
      return null;
    }
    if (i < 0) return null;

    // After a value: close containers and find the next value.
    for (;;) {
      if (capturing !== 0 && depth === 1) {
        const span = { start: valueStart, end: i };
        if (capturing === 1) errors = span;
        else warnings = span;
        capturing = 0;
      }
      if (i < n && (b[i] as number) <= 0x20) i = skipWs(b, i, n);
      if (depth === 0) return i === n ? { isObject, hasData, errors, warnings } : null;
      if (i >= n) return null;
      const s = b[i] as number;
      const top = stack[depth - 1];
      if (s === 0x2c) {
        // ,
        i++;
        if (i < n && (b[i] as number) <= 0x20) i = skipWs(b, i, n);
        keyNext = top === OBJECT;
        break;
      }
      if (s === (top === OBJECT ? 0x7d : 0x5d)) {
        i++;
        depth--;
        continue;
      }
      return null;
    }
  }
}

/** 1: `errors`, 2: `warnings`, 3: `data`, 0: any other key. */
function whichKey(b: Uint8Array, start: number, end: number): number {
  if (keyIs(b, start, end, ERRORS)) return 1;
  if (keyIs(b, start, end, WARNINGS)) return 2;
  if (keyIs(b, start, end, DATA)) return 3;
  return 0;
}

/** True when JSON.parse would accept the bytes (decoded as UTF-8). */
export function isCompleteJson(b: Uint8Array): boolean {
  return scanJson(b) !== null;
}
