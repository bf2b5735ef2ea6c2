/**
 * The proxy's JSON validator, in AssemblyScript, compiled to WebAssembly (SIMD) by `npm run
 * build:wasm` into server/upstream/json-scan.wasm; server/upstream/json-scan.ts loads it and is its
 * only caller. The binary is committed, and a unit test compiles this file again and compares bytes.
 *
 * It answers "would JSON.parse of these bytes (decoded as UTF-8, as Buffer#toString does) succeed?"
 * without building anything, and for the envelope check it also reports whether the top-level object
 * has a `data` key and where the values of its last `errors` and `warnings` keys lie. The rules are
 * exactly JSON.parse's (RFC 8259, no extensions); server/upstream/json-scan.ts lists them, and
 * json-scan.test.ts fuzzes this code against JSON.parse.
 *
 * Memory layout, set up by the caller: the document's n bytes at `inputOffset()`; this code writes 16
 * zero bytes after them and keeps its nesting stack (one byte a level, at most n / 2 levels) past those.
 * The zero bytes are a sentinel: no JSON token continues through a NUL, so the loops below need no
 * bounds check of their own, and a 16-byte SIMD load at any position up to the end stays in memory the
 * caller provided. Every position these functions return is at most the end.
 */

/** The escaped name of a top-level key (rare: `"err\u006frs"`), decoded by the caller: 1 errors, 2 warnings, 3 data, 0 other. */
// Imported as "json-scan" "escapedKey" (a declared function's module is its file's name).
declare function escapedKey(start: usize, end: usize): i32;

const QUOTE: u32 = 0x22;
const BACKSLASH: u32 = 0x5c;
const OPEN_OBJECT: u32 = 0x7b;
const OPEN_ARRAY: u32 = 0x5b;
/** The closing bracket of an opening one is two code points on: { → }, [ → ]. */
const CLOSE_DISTANCE: u32 = 2;

/** Where `scan` writes its figures (six i32): isObject, hasData, errors start/end, warnings start/end. */
const OUT: usize = memory.data(32, 16);

function isDigit(c: u32): bool {
  return c - 0x30 < 10;
}

function isWhitespace(c: u32): bool {
  return c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09;
}

function isHex(c: u32): bool {
  return c - 0x30 < 10 || (c | 0x20) - 0x61 < 6;
}

function isSimpleEscape(e: u32): bool {
  // " \ / b f n r t
  return e == 0x22 || e == 0x5c || e == 0x2f || e == 0x62 || e == 0x66 || e == 0x6e || e == 0x72 || e == 0x74;
}

/** Where the caller puts the document: the first 16-byte boundary past this module's static data. */
export function inputOffset(): usize {
  return (__heap_base + 15) & ~15;
}

/** Where `scan` leaves its figures. */
export function outOffset(): usize {
  return OUT;
}

function skipWhitespace(p: usize): usize {
  while (isWhitespace(load<u8>(p))) p++;
  return p;
}

/** Just past the closing quote of the string whose opening quote is at p - 1; 0 if it is invalid. */
function skipString(p: usize, end: usize): usize {
  const quote = i8x16.splat(<i8>QUOTE);
  const backslash = i8x16.splat(<i8>BACKSLASH);
  const space = i8x16.splat(0x20);
  while (true) {
    // Sixteen bytes at a time to the first quote, backslash or control byte (the sentinel is one).
    while (true) {
      const v = v128.load(p);
      const stops = v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.lt_u(v, space));
      const mask = i8x16.bitmask(stops);
      if (mask != 0) {
        p += ctz<u32>(mask);
        break;
      }
      p += 16;
    }
    if (p >= end) return 0;
    const c: u32 = load<u8>(p);
    if (c == QUOTE) return p + 1;
    if (c != BACKSLASH) return 0; // a raw control character
    const e: u32 = load<u8>(p, 1);
    if (e == 0x75) {
      // \uXXXX; a lone surrogate is fine, as in JSON.parse.
      if (p + 5 >= end) return 0;
      if (!(
        isHex(load<u8>(p, 2)) &&
        isHex(load<u8>(p, 3)) &&
        isHex(load<u8>(p, 4)) &&
        isHex(load<u8>(p, 5))
      )) {
        return 0;
      }
      p += 6;
    } else if (isSimpleEscape(e)) {
      p += 2;
    } else {
      return 0;
    }
  }
}

/** Just past the number at p: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; 0 if it is invalid. */
function skipNumber(p: usize): usize {
  if (load<u8>(p) == 0x2d) p++;
  let c: u32 = load<u8>(p);
  if (c == 0x30) {
    p++;
  } else if (c - 0x31 < 9) {
    p++;
    while (isDigit(load<u8>(p))) p++;
  } else {
    return 0;
  }
  if (load<u8>(p) == 0x2e) {
    p++;
    if (!isDigit(load<u8>(p))) return 0;
    while (isDigit(load<u8>(p))) p++;
  }
  if (((<u32>load<u8>(p)) | 0x20) == 0x65) {
    p++;
    c = load<u8>(p);
    if (c == 0x2b || c == 0x2d) p++;
    if (!isDigit(load<u8>(p))) return 0;
    while (isDigit(load<u8>(p))) p++;
  }
  return p;
}

/** Which key lies between start and end (quotes excluded): 1 errors, 2 warnings, 3 data, 0 another. */
function whichKey(start: usize, end: usize): i32 {
  for (let k = start; k < end; k++) {
    if (load<u8>(k) == BACKSLASH) return escapedKey(start, end);
  }
  const length = end - start;
  // Little-endian words of "data", "erro" "rs" and "warn" "ings".
  if (length == 4) return load<u32>(start) == 0x61746164 ? 3 : 0;
  if (length == 6) return load<u32>(start) == 0x6f727265 && load<u16>(start, 4) == 0x7372 ? 1 : 0;
  if (length == 8) return load<u32>(start) == 0x6e726177 && load<u32>(start, 4) == 0x73676e69 ? 2 : 0;
  return 0;
}

/**
 * Validates the n bytes at inputOffset() as one JSON document: 1 when JSON.parse would accept them
 * (figures at outOffset(), spans only when `spans`), 0 when it would throw.
 */
export function scan(n: usize, spans: bool): i32 {
  const start = inputOffset();
  const end = start + n;
  v128.store(end, i8x16.splat(0));
  const stack = (end + 31) & ~15;
  let depth: usize = 0;
  let p = skipWhitespace(start);
  const isObject = p < end && load<u8>(p) == OPEN_OBJECT;
  let hasData = false;
  let errorsStart: i32 = -1;
  let errorsEnd: i32 = -1;
  let warningsStart: i32 = -1;
  let warningsEnd: i32 = -1;
  /** At depth 1: which captured key the current value belongs to (0: none). */
  let capturing: i32 = 0;
  let valueStart: usize = 0;
  /** The next thing to read is an object member's key (then its value). */
  let keyNext = false;

  // Each pass reads one value at p, then closes containers and consumes separators until the next
  // value starts (or the document ends).
  while (true) {
    if (keyNext) {
      keyNext = false;
      if (load<u8>(p) != QUOTE) return 0;
      const keyStart = p + 1;
      p = skipString(keyStart, end);
      if (p == 0) return 0;
      if (spans && depth == 1) {
        const key = whichKey(keyStart, p - 1);
        if (key == 3) {
          hasData = true;
          capturing = 0;
        } else {
          capturing = key;
        }
      }
      if (load<u8>(p) <= 0x20) p = skipWhitespace(p);
      if (load<u8>(p) != 0x3a) return 0; // :
      p++;
      if (load<u8>(p) <= 0x20) p = skipWhitespace(p);
      if (depth == 1) valueStart = p;
    }
    if (p >= end) return 0;
    const c: u32 = load<u8>(p);
    if (c == OPEN_OBJECT || c == OPEN_ARRAY) {
      p++;
      if (load<u8>(p) <= 0x20) p = skipWhitespace(p);
      if (p >= end) return 0;
      if (<u32>load<u8>(p) == c + CLOSE_DISTANCE) {
        p++; // empty
      } else {
        // Every open level needs a closing byte of its own in what is left: a level that cannot get one
        // is an error now, which also bounds the stack to half the document (the caller's reserve).
        if (depth >= end - p) return 0;
        store<u8>(stack + depth, c);
        depth++;
        keyNext = c == OPEN_OBJECT;
        continue;
      }
    } else if (c == QUOTE) {
      p = skipString(p + 1, end);
      if (p == 0) return 0;
    } else if (c == 0x2d || isDigit(c)) {
      p = skipNumber(p);
      if (p == 0) return 0;
    } else if (c == 0x74) {
      if (load<u32>(p) != 0x65757274) return 0; // true
      p += 4;
    } else if (c == 0x66) {
      if (load<u32>(p, 1) != 0x65736c61) return 0; // (f)alse
      p += 5;
    } else if (c == 0x6e) {
      if (load<u32>(p) != 0x6c6c756e) return 0; // null
      p += 4;
    } else {
      return 0;
    }

    // After a value: close containers and find the next value.
    while (true) {
      if (capturing != 0 && depth == 1) {
        if (capturing == 1) {
          errorsStart = <i32>(valueStart - start);
          errorsEnd = <i32>(p - start);
        } else {
          warningsStart = <i32>(valueStart - start);
          warningsEnd = <i32>(p - start);
        }
        capturing = 0;
      }
      if (load<u8>(p) <= 0x20) p = skipWhitespace(p);
      if (depth == 0) {
        if (p != end) return 0;
        store<i32>(OUT, isObject ? 1 : 0);
        store<i32>(OUT, hasData ? 1 : 0, 4);
        store<i32>(OUT, errorsStart, 8);
        store<i32>(OUT, errorsEnd, 12);
        store<i32>(OUT, warningsStart, 16);
        store<i32>(OUT, warningsEnd, 20);
        return 1;
      }
      if (p >= end) return 0;
      const s: u32 = load<u8>(p);
      const top: u32 = load<u8>(stack + depth - 1);
      if (s == 0x2c) {
        // ,
        p++;
        if (load<u8>(p) <= 0x20) p = skipWhitespace(p);
        keyNext = top == OPEN_OBJECT;
        break;
      }
      if (s == top + CLOSE_DISTANCE) {
        p++;
        depth--;
        continue;
      }
      return 0;
    }
  }
}
