import { readFileSync } from 'node:fs';

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
 * - nesting of any depth (the stack is a byte a level, not recursion).
 *
 * For the envelope check it also reports whether the top-level object has a `data` key and where the
 * values of its `errors` and `warnings` keys lie (the last occurrence, as JSON.parse keeps the last of
 * duplicate keys), so those small parts can be parsed and checked by the contract's schema without
 * parsing the member.
 *
 * The scan itself is WebAssembly with SIMD (assembly/json-scan.ts, built into json-scan.wasm by
 * `npm run build:wasm`): it reads a member at about three times the speed of the same loop in
 * JavaScript (docs/decisions/016-proxy-hot-path.md, "Session 7"). This module owns its memory: it
 * copies each document in, grows the memory when a document needs more, and decodes the rare escaped
 * top-level key for it.
 */

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

type Exports = {
  memory: WebAssembly.Memory;
  inputOffset(): number;
  outOffset(): number;
  scan(n: number, spans: number): number;
};

const PAGE = 65_536;
const KEYS: ReadonlyMap<string, number> = new Map([
  ['errors', 1],
  ['warnings', 2],
  ['data', 3],
]);
const MODULE = new WebAssembly.Module(readFileSync(new URL('./json-scan.wasm', import.meta.url)));

/**
 * The largest document the kept instance takes: the default UPSTREAM_MAX_BODY_BYTES. Its memory grows
 * to about 1.5 times the largest document it has read and is never given back, so a larger document
 * (a limit configured higher) gets an instance of its own, dropped with its memory once it has answered.
 */
const KEEP_BYTES = 8 * 1024 * 1024;

/** One instance of the module, with views of its memory. */
class Scanner {
  private readonly wasm: Exports;
  private readonly input: number;
  private readonly out: number;
  private bytes: Uint8Array;
  private figures: Int32Array;

  constructor() {
    const instance = new WebAssembly.Instance(MODULE, {
      'json-scan': {
        /** A top-level key with an escape (`"err\u006frs"` is `errors` too): decoded as JSON.parse would. */
        escapedKey: (start: number, end: number): number => {
          const text = Buffer.from(this.wasm.memory.buffer, start - 1, end - start + 2).toString('utf8');
          return KEYS.get(JSON.parse(text) as string) ?? 0;
        },
      },
    });
    this.wasm = instance.exports as unknown as Exports;
    this.input = this.wasm.inputOffset();
    this.out = this.wasm.outOffset();
    this.bytes = new Uint8Array(this.wasm.memory.buffer);
    this.figures = new Int32Array(this.wasm.memory.buffer, this.out, 6);
  }

  scan(b: Uint8Array, spans: boolean): EnvelopeScan | null {
    const { memory } = this.wasm;
    // The document, a 16-byte sentinel and the nesting stack: at most one byte a level, and a valid
    // document has no more levels than half its bytes (each needs an opening and a closing byte; the
    // module refuses a level that could not be closed in the bytes left).
    const needed = this.input + b.length + (b.length >> 1) + 64;
    if (needed > memory.buffer.byteLength) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    }
    if (this.bytes.buffer !== memory.buffer) {
      this.bytes = new Uint8Array(memory.buffer);
      this.figures = new Int32Array(memory.buffer, this.out, 6);
    }
    this.bytes.set(b, this.input);
    if (this.wasm.scan(b.length, spans ? 1 : 0) === 0) return null;
    const [isObject, hasData, errorsStart, errorsEnd, warningsStart, warningsEnd] = this
      .figures as unknown as [number, number, number, number, number, number];
    return {
      isObject: isObject === 1,
      hasData: hasData === 1,
      errors: errorsStart < 0 ? null : { start: errorsStart, end: errorsEnd },
      warnings: warningsStart < 0 ? null : { start: warningsStart, end: warningsEnd },
    };
  }
}

const kept = new Scanner();

/**
 * Validates `b` as one complete JSON document. Returns null when JSON.parse would throw; otherwise
 * what the envelope check needs (the spans only when `spans` is true).
 */
export function scanJson(b: Uint8Array, spans = false): EnvelopeScan | null {
  return (b.length <= KEEP_BYTES ? kept : new Scanner()).scan(b, spans);
}

/** True when JSON.parse would accept the bytes (decoded as UTF-8). */
export function isCompleteJson(b: Uint8Array): boolean {
  return scanJson(b) !== null;
}
