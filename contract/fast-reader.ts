import { z } from 'zod';

/**
 * Plain-JavaScript readers that mirror the zod schemas of this folder, for the one hot path: a member's
 * customer and target groups (a large member is 1 MB; docs/decisions/017-contract-speed.md).
 *
 * A reader either returns exactly what `schema.parse` would return, or declines (throws DECLINED). It
 * never reports an error of its own: a section it declines is parsed again by its zod schema, which
 * stays the authority (types, error messages, anything unusual). So a reader may decline anything it
 * is unsure about; it must never accept what zod rejects nor return a different value.
 * contract/contract-speed.test.ts holds it to that against the previous schemas, on real and random input.
 *
 * No `new Function` here: the browser runs under a CSP without `unsafe-eval`. Object readers are
 * written out as object literals (one monomorphic call per field), about 3× faster than a loop over
 * the shape.
 */

/** A reader returns the schema's output for `value`, or throws DECLINED. */
export type Reader<T> = (value: unknown) => T;

class Declined extends Error {
  override name = 'Declined';
}

/** Thrown by a reader that leaves the value to zod. One instance: a decline costs no stack trace. */
export const DECLINED: Error = new Declined('the fast reader left this value to zod');

export function decline(): never {
  throw DECLINED;
}

export const NOT_READ: unique symbol = Symbol('not read');

/** The reader's result, or NOT_READ when it declines (or fails in any way: zod then decides). */
export function tryRead<T>(reader: Reader<T>, value: unknown): T | typeof NOT_READ {
  try {
    return reader(value);
  } catch {
    return NOT_READ;
  }
}

const readers = new WeakMap<object, Reader<unknown>>();

/** Pairs a zod schema with its reader; returns the schema unchanged. */
export function withReader<S extends z.ZodType>(schema: S, reader: Reader<z.output<S>>): S {
  readers.set(schema, reader);
  return schema;
}

export function hasReader(schema: z.ZodType): boolean {
  return readers.has(schema);
}

export function readerOf<S extends z.ZodType>(schema: S): Reader<z.output<S>> {
  const reader = readers.get(schema);
  if (!reader) throw new Error('contract: this schema has no fast reader (pair it with withReader)');
  return reader as Reader<z.output<S>>;
}

type Shape = Record<string, z.ZodType>;

/** One reader per key of the shape, for an object literal in the order of the shape. */
export type FieldReaders<T extends Shape> = { readonly [K in keyof T]: Reader<z.output<T[K]>> };
export type ShapeOutput<T extends Shape> = { [K in keyof T]: z.output<T[K]> };

/**
 * `z.looseObject(shape)` and its reader. `build(source, read)` returns the shape's keys in the shape's
 * order, as an object literal: `{ id: read.id(source.id), … }` (checked here once, at load).
 * The reader follows zod 4's looseObject: any non-array object is accepted; after the shape's keys,
 * every other key `for…in` yields is copied as is (we decline on `__proto__`, which zod drops).
 */
export function tolerantObject<T extends Shape>(
  shape: T,
  build: (source: Record<string, unknown>, read: FieldReaders<T>) => ShapeOutput<T>,
) {
  const schema = z.looseObject(shape);
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length || keys.includes('__proto__'))
    throw new Error('contract: a shape with symbol or __proto__ keys has no fast reader');
  const read = Object.fromEntries(
    keys.map((key) => [key, readerOf(shape[key] as z.ZodType)]),
  ) as FieldReaders<T>;
  const known = new Set(keys);
  const probe = Object.fromEntries(keys.map((key) => [key, () => undefined])) as unknown as FieldReaders<T>;
  const built = Object.keys(build({}, probe));
  if (built.join() !== keys.join())
    throw new Error(`contract: the reader writes ${built.join()} but the shape is ${keys.join()}`);
  return withReader(schema, (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return decline();
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = build(source, read);
    for (const key in source) {
      if (known.has(key)) continue;
      if (key === '__proto__') return decline();
      out[key] = source[key];
    }
    return out as z.output<typeof schema>;
  });
}
