import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { envelopeSchema } from '../../contract/envelope';

import { isEnvelope } from './interpret';
import { isCompleteJson, scanJson } from './json-scan';

/** The reference: exactly what the proxy did before (bytes decoded as UTF-8, then JSON.parse). */
function parses(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  try {
    JSON.parse(Buffer.from(bytes).toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

function referenceEnvelope(bytes: Uint8Array): boolean {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return false;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  return envelopeSchema.safeParse(json).success;
}

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
function agree(bytes: Uint8Array): void {
  expect(isCompleteJson(bytes)).toBe(parses(bytes));
}

/** The characters that matter to a JSON parser, plus a few that must be refused. */
const SYNTAX = [
  '{', '}', '[', ']', ':', ',', '"', '\\', '/', '-', '+', '.', 'e', 'E', '0', '1', '9', 'u', 'a', 'F',
  't', 'r', 'n', 'f', 'l', 's', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u00a0', '\ufeff', 'é', '😀',
]; // prettier-ignore

/** A JSON text with some damage: characters inserted, deleted, replaced, or the end cut off. */
const damagedJson = fc
  .tuple(
    fc.jsonValue().map((v) => JSON.stringify(v, null, v === null ? undefined : 1) ?? 'null'),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'replace', 'truncate'),
        fc.nat(),
        fc.constantFrom(...SYNTAX),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [kind, at, ch] of edits) {
      const i = t.length === 0 ? 0 : at % (t.length + 1);
      if (kind === 'insert') t = t.slice(0, i) + ch + t.slice(i);
      else if (kind === 'delete') t = t.slice(0, i) + t.slice(i + 1);
      else if (kind === 'replace') t = t.slice(0, i) + ch + t.slice(i + 1);
      else t = t.slice(0, i);
    }
    return t;
  });

describe('scanJson: exactly as strict as JSON.parse', () => {
  it('accepts every JSON text JSON.stringify writes, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, space) => {
        const bytes = bytesOf(JSON.stringify(value, null, space));
        expect(isCompleteJson(bytes)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on damaged JSON (insertions, deletions, truncations)', () => {
    fc.assert(
      fc.property(damagedJson, (text) => agree(bytesOf(text))),
      { numRuns: 3000 },
    );
  });

  it('agrees with JSON.parse on strings of JSON syntax characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYNTAX), { maxLength: 24 }), (chars) =>
        agree(bytesOf(chars.join(''))),
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with JSON.parse on arbitrary bytes, including invalid UTF-8', () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(...[...'{}[]":,\\0.-e u'].map((c) => c.charCodeAt(0))),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (list) => agree(new Uint8Array(list))),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }), (inner) =>
        agree(new Uint8Array([0x22, ...inner, 0x22])),
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on any Unicode text inside a string, escaped or raw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        agree(bytesOf(JSON.stringify(s)));
        agree(bytesOf(`"${s}"`));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on numbers of every shape', () => {
    const part = fc.constantFrom(
      '',
      '-',
      '0',
      '00',
      '1',
      '12',
      '.',
      '.5',
      'e',
      'E',
      'e+',
      'e-1',
      'E5',
      '+',
      '1e400',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), (parts) => {
        const n = parts.join('');
        agree(bytesOf(n));
        agree(bytesOf(`[${n}]`));
        agree(bytesOf(`{"a":${n}}`));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['empty body', ''],
    ['whitespace only', ' \n\t\r '],
    ['a bare value', '42'],
    ['a bare string', '"x"'],
    ['surrounding whitespace', ' \r\n\t{"a":1} \n'],
    ['a BOM before the object', '\ufeff{}'],
    ['a no-break space', '{\u00a0}'],
    ['a trailing comma', '{"a":1,}'],
    ['a trailing comma in an array', '[1,]'],
    ['two documents', '{}{}'],
    ['a missing colon', '{"a" 1}'],
    ['a single-quoted string', "{'a':1}"],
    ['a lone high surrogate escape', '"\\ud800"'],
    ['a lone low surrogate escape', '["\\udc00x"]'],
    ['a surrogate pair escape', '"\\ud83d\\ude00"'],
    ['upper-case hex in an escape', '"\\u00E9\\u00e9"'],
    ['a short unicode escape', '"\\u12"'],
    ['a non-hex unicode escape', '"\\u12g4"'],
    ['an unknown escape', '"\\x41"'],
    ['an escaped slash', '"\\/"'],
    ['a raw tab in a string', '"a\tb"'],
    ['a raw newline in a string', '"a\nb"'],
    ['a raw NUL in a string', '"a\u0000b"'],
    ['DEL in a string', '"a\u007fb"'],
    ['a leading zero', '01'],
    ['minus zero', '-0'],
    ['a bare minus', '-'],
    ['a fraction without digits', '1.'],
    ['an exponent without digits', '1e'],
    ['a huge exponent', '1e400'],
    ['a leading plus', '+1'],
    ['a leading dot', '.5'],
    ['literals', '[true,false,null]'],
    ['a cut-off literal', '[tru]'],
    ['capitalised literals', 'True'],
    ['NaN', 'NaN'],
    ['a comment', '{} // no'],
    ['a truncated object', '{"data":{"a":[1,2'],
    ['a truncated string', '{"data":"abc'],
    ['an escape at the very end', '"abc\\'],
    ['a unicode escape at the very end', '"\\u00'],
  ])('%s', (_name, text) => agree(bytesOf(text)));

  it('agrees on raw non-ASCII bytes, in strings (any) and outside them (never)', () => {
    for (const bytes of [
      [0x22, 0xff, 0x22],
      [0x22, 0xe2, 0x22],
      [0x22, 0xed, 0xa0, 0x80, 0x22], // an encoded lone surrogate
      [0x22, 0xc3, 0x22, 0x22],
      [0x5b, 0xc2, 0xa0, 0x5d], // a no-break space between brackets
      [0xef, 0xbb, 0xbf, 0x7b, 0x7d], // BOM
      [0x7b, 0x7d, 0x80],
    ]) {
      agree(new Uint8Array(bytes));
    }
  });

  it('accepts nesting of any depth, as JSON.parse does (no recursion)', () => {
    for (const depth of [1, 63, 64, 65, 1_000, 200_000]) {
      agree(bytesOf(`${'['.repeat(depth)}${']'.repeat(depth)}`));
      agree(bytesOf(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
      agree(bytesOf(`${'['.repeat(depth)}${']'.repeat(depth - 1)}`));
      agree(bytesOf(`${'[{"a":'.repeat(depth)}0${'}]'.repeat(depth)}}`));
    }
  });

  it('refuses every truncation of a real envelope', () => {
    const text = JSON.stringify({
      data: {
        userId: 1,
        name: 'Zoë 😀',
        groups: [{ id: 1, v: -1.5e-3, ok: true, none: null, esc: 'a"\\\n' }],
      },
      errors: null,
      warnings: [],
    });
    const bytes = bytesOf(text);
    expect(isCompleteJson(bytes)).toBe(true);
    for (let end = 0; end < bytes.length; end++) agree(bytes.subarray(0, end));
  });

  it('agrees on strings of every short length with one stopping byte at every position', () => {
    // The plain run is read sixteen bytes at a time: whatever stops it (a quote, a backslash, a raw
    // control character) must be found in any of the sixteen places, across a step, and near the
    // end of the input (where the scan's zero sentinel begins).
    const stops = [0x22, 0x5c, 0x00, 0x09, 0x0a, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0x7f, 0xc3];
    for (let length = 0; length <= 35; length++) {
      for (let at = 0; at < length; at++) {
        for (const stop of stops) {
          const inner = Array.from({ length }, (_, k) => (k === at ? stop : 0x61 + k));
          for (const bytes of [
            [0x22, ...inner, 0x22],
            [0x5b, 0x22, ...inner, 0x22, 0x5d],
            [0x7b, 0x22, ...inner, 0x22, 0x3a, 0x22, ...inner, 0x22, 0x7d],
            [0x5b, 0x22, ...inner.slice(0, at + 1)],
          ]) {
            agree(new Uint8Array(bytes));
          }
        }
      }
    }
  });

  it('agrees on escapes that straddle the four-byte steps of a string', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', '\\n', '\\"', '\\u00e9', '\\u00', '\\', '"', '\t', ' '), {
          maxLength: 12,
        }),
        (parts) => {
          const text = `["${parts.join('')}"]`;
          agree(bytesOf(text));
          agree(bytesOf(`{"${parts.join('')}":1}`));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads documents larger than the memory it has, in any order, each on its own', () => {
    // The scan's memory grows for a large document and is reused: what a larger document left
    // behind must not change the verdict on a smaller one (the bytes past its end, the stack).
    const large = bytesOf(`[${'{"a":[1,2.5e3,"x\\u00e9",true,null],"b":{}},'.repeat(60_000)}0]`);
    const cut = large.subarray(0, large.length - 1);
    const deep = bytesOf(`${'['.repeat(300_000)}${']'.repeat(300_000)}`);
    for (const bytes of [
      large,
      bytesOf('[1]'),
      cut,
      bytesOf('"a'),
      deep,
      bytesOf('[]]'),
      large,
      bytesOf('['),
    ]) {
      agree(bytes);
    }
    expect(large.length).toBeGreaterThan(2_000_000);
  });

  it('reads a document above the size it keeps memory for (8 MiB) the same way, with escaped keys', () => {
    const members = '{"a":[1,"x\\u00e9",true],"b":{}},'.repeat(300_000);
    const big = bytesOf(`{"data":[${members}0],"err\\u006frs":[],"warnings":null}`);
    expect(big.length).toBeGreaterThan(8 * 1024 * 1024);
    agree(big);
    agree(big.subarray(0, big.length - 1));
    const scan = scanJson(big, true);
    expect(scan?.hasData).toBe(true);
    expect(new TextDecoder().decode(big.subarray(scan?.errors?.start, scan?.errors?.end))).toBe('[]');
    expect(scan?.warnings).toEqual({ start: big.length - 5, end: big.length - 1 });
    agree(bytesOf('[[1],{"a":[2]}]'));
  });

  it('refuses nesting that the bytes left could never close, as JSON.parse does', () => {
    for (const text of ['[[[[1]', '[[[[]]]', '{"a":{"b":{"c":[', '[[[[[ ]]]]', '[[[[[ ]]]] '])
      agree(bytesOf(text));
  });

  it('reads a Buffer that is a view into a larger allocation', () => {
    const pool = Buffer.from('xx{"a":[1,2,3]}yy');
    expect(isCompleteJson(pool.subarray(2, 15))).toBe(true);
    expect(isCompleteJson(pool.subarray(2, 14))).toBe(false);
  });
});

describe('scanJson spans: the last top-level errors and warnings', () => {
  it('points at the values of the top-level keys only', () => {
    const text = '{"data":{"errors":1},"errors" : [ {"code":1} ] ,"warnings":null}';
    const scan = scanJson(bytesOf(text), true);
    expect(scan?.isObject).toBe(true);
    expect(text.slice(scan?.errors?.start, scan?.errors?.end)).toBe('[ {"code":1} ]');
    expect(text.slice(scan?.warnings?.start, scan?.warnings?.end)).toBe('null');
  });

  it('takes the last of duplicate keys, and reads escaped key names', () => {
    const text = '{"errors":"x","err\\u006frs":[],"warnings":1}';
    const scan = scanJson(bytesOf(text), true);
    expect(text.slice(scan?.errors?.start, scan?.errors?.end)).toBe('[]');
    const other = '{"dat\\u0061":null,"warn\\u0069ngs":[2],"error\\u0073x":3,"e\\"":4}';
    const read = scanJson(bytesOf(other), true);
    expect(read?.hasData).toBe(true);
    expect(read?.errors).toBeNull();
    expect(other.slice(read?.warnings?.start, read?.warnings?.end)).toBe('[2]');
  });

  it("reports each document's own figures, none of the one before", () => {
    const first = '{"data":1,"errors":[1],"warnings":[2]}';
    expect(scanJson(bytesOf(first), true)).toEqual({
      isObject: true,
      hasData: true,
      errors: { start: 19, end: 22 },
      warnings: { start: 34, end: 37 },
    });
    expect(scanJson(bytesOf('{"other":1}'), true)).toEqual({
      isObject: true,
      hasData: false,
      errors: null,
      warnings: null,
    });
    expect(scanJson(bytesOf('[{"data":1}]'), true)).toEqual({
      isObject: false,
      hasData: false,
      errors: null,
      warnings: null,
    });
  });
});

describe('isEnvelope: the same verdict as JSON.parse + the envelope schema', () => {
  const message = fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.record(
      {
        code: fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.boolean()),
        message: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null), fc.integer()),
      },
      { requiredKeys: [] },
    ),
    fc.integer(),
    fc.constant(null),
  );
  const list = fc.oneof(
    fc.constant(null),
    fc.array(message, { maxLength: 3 }),
    fc.string({ maxLength: 3 }),
    fc.integer(),
  );
  const envelope = fc.record(
    { data: fc.jsonValue(), errors: list, warnings: list, extra: fc.jsonValue() },
    { requiredKeys: [] },
  );

  it('agrees on generated envelopes, valid and not', () => {
    fc.assert(
      fc.property(envelope, (value) => {
        const bytes = bytesOf(JSON.stringify(value));
        expect(isEnvelope(bytes)).toBe(referenceEnvelope(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on damaged JSON', () => {
    fc.assert(
      fc.property(damagedJson, (text) => {
        const bytes = bytesOf(text);
        expect(isEnvelope(bytes)).toBe(referenceEnvelope(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    '{}',
    '{"data":null}',
    '{"data":1,"errors":[],"warnings":[]}',
    '{"errors":"broken"}',
    '{"errors":[{"code":true}]}',
    '{"errors":[],"errors":null}',
    '{"errors":null,"errors":5}',
    '{"warnings":["slow",{"code":"A","message":null}]}',
    '{"err\\u006frs":7}',
    '[]',
    '"x"',
  ])('%s', (text) => {
    const bytes = bytesOf(text);
    expect(isEnvelope(bytes)).toBe(referenceEnvelope(bytes));
  });
});
