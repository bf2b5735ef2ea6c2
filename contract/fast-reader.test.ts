import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

import { readerOf, tryRead, NOT_READ } from './fast-reader';
import * as live from './member-targets';
import { parseTimestamp } from './primitives';
import { extractReferenceExamples } from './reference/extract-examples';
import { firstDifference, outcome } from './reference-schema/compare';
import * as frozen from './reference-schema/member-targets';
import { parseTimestamp as frozenParseTimestamp } from './reference-schema/primitives';
import * as frozenSchemas from './reference-schema/target-groups';
import * as schemas from './target-groups';

// The fast readers (docs/decisions/017-contract-speed.md) against the contract as it was before them
// (reference-schema/, frozen): the same results, value for value and key for key, on every input.

const markdown = readFileSync(new URL('./reference/get-user-targets.md', import.meta.url), 'utf8');
const examples = extractReferenceExamples(markdown);
const responses = examples.filter((e) => e.kind === 'response').map((e) => e.body);

function expectSameParse(body: unknown) {
  const difference = firstDifference(
    outcome(() => live.parseMemberTargetsResponse(body)),
    outcome(() => frozen.parseMemberTargetsResponse(body)),
  );
  expect(difference).toBeNull();
}

type Json = Record<string, unknown> | unknown[];

function groupsOf(body: unknown): Record<string, unknown>[] {
  return (body as { data: { targetGroups: Record<string, unknown>[] } }).data.targetGroups;
}

describe('the output types', () => {
  it('are those of the previous contract', () => {
    expectTypeOf<live.MemberTargetsResponse>().toEqualTypeOf<frozen.MemberTargetsResponse>();
    expectTypeOf<live.GroupSection>().toEqualTypeOf<frozen.GroupSection>();
    expectTypeOf<schemas.TargetGroup>().toEqualTypeOf<frozenSchemas.TargetGroup>();
    expectTypeOf<schemas.TargetPeriod>().toEqualTypeOf<frozenSchemas.TargetPeriod>();
    expectTypeOf<schemas.Milestone>().toEqualTypeOf<frozenSchemas.Milestone>();
    expectTypeOf<schemas.Streak>().toEqualTypeOf<frozenSchemas.Streak>();
    expectTypeOf<schemas.Customer>().toEqualTypeOf<frozenSchemas.Customer>();
    expectTypeOf<schemas.Profile>().toEqualTypeOf<frozenSchemas.Profile>();
    expectTypeOf<schemas.CommChannel>().toEqualTypeOf<frozenSchemas.CommChannel>();
    expectTypeOf<schemas.LoyaltyInfo>().toEqualTypeOf<frozenSchemas.LoyaltyInfo>();
    expectTypeOf<schemas.Attribution>().toEqualTypeOf<frozenSchemas.Attribution>();
    expectTypeOf<schemas.AttributionParty>().toEqualTypeOf<frozenSchemas.AttributionParty>();
    expectTypeOf<z.input<typeof schemas.targetGroupSchema>>().toEqualTypeOf<
      z.input<typeof frozenSchemas.targetGroupSchema>
    >();
  });
});

describe('the reference examples', () => {
  it.each(responses.map((body, i) => [i, body] as const))(
    'parse exactly as before (response %i)',
    (_i, body) => {
      expectSameParse(body);
    },
  );

  it('are read by the fast readers, not left to zod', () => {
    const readGroup = readerOf(schemas.targetGroupSchema);
    const readCustomer = readerOf(schemas.customerSchema);
    for (const body of responses) {
      for (const group of groupsOf(body)) expect(tryRead(readGroup, group)).not.toBe(NOT_READ);
      const customer = (body as { data: { customer: unknown } }).data.customer;
      expect(tryRead(readCustomer, customer)).not.toBe(NOT_READ);
    }
  });

  it('read the fragments exactly as the schemas do', () => {
    const streaks = examples.find((e) => e.kind === 'streaks')?.body as unknown[];
    const period = examples.find((e) => e.kind === 'targetPeriod')?.body;
    for (const streak of streaks) {
      expect(
        firstDifference(readerOf(schemas.streakSchema)(streak), frozenSchemas.streakSchema.parse(streak)),
      ).toBeNull();
    }
    expect(
      firstDifference(
        readerOf(schemas.targetPeriodSchema)(period),
        frozenSchemas.targetPeriodSchema.parse(period),
      ),
    ).toBeNull();
  });
});

describe('a group the fast reader declines', () => {
  it('is parsed by zod, which words the error card as before', () => {
    const group = structuredClone(groupsOf(responses[1])[0]) as Record<string, unknown>;
    const targets = group.targets as Record<string, unknown>[];
    (targets[0] as Record<string, unknown>).targetValue = 'eleven';
    (targets[0] as Record<string, unknown>).periodStartDate = 20240101;
    const section = live.parseTargetGroup(group, 3);
    expect(section).toMatchObject({ ok: false, index: 3, id: String(group.id), name: group.name });
    if (section.ok) return;
    expect(section.message).toContain('targets.0.targetValue');
    expect(section.message).toContain('targets.0.periodStartDate');
    expect(section).toEqual(frozen.parseTargetGroup(group, 3));
  });

  it('is accepted when zod accepts it (a value the reader leaves alone)', () => {
    const group = structuredClone(groupsOf(responses[0])[0]) as Record<string, unknown>;
    group.extra = JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}');
    Object.defineProperty(group, '__proto__', {
      value: 5,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    expect(tryRead(readerOf(schemas.targetGroupSchema), group)).toBe(NOT_READ);
    expect(firstDifference(live.parseTargetGroup(group, 0), frozen.parseTargetGroup(group, 0))).toBeNull();
    expect(live.parseTargetGroup(group, 0).ok).toBe(true);
  });
});

describe('free maps (customFields, attributes)', () => {
  it.each([
    ['a symbol key', { a: 1, [Symbol.for('k')]: 2 }],
    ['no prototype', Object.assign(Object.create(null) as object, { a: 1 })],
    [
      'a class instance',
      new (class Bag {
        a = 1;
      })(),
    ],
    ['a constructor key', { constructor: 'x', a: 1 }],
    ['an own __proto__ key', JSON.parse('{"a": 1, "__proto__": {"b": 2}}') as unknown],
    ['numeric keys', { b: 1, 2: 'two', 1: 'one' }],
  ])('read %s exactly as before', (_name, map) => {
    const customer = { id: 1, customFields: map, profiles: [{ commChannels: [{ attributes: map }] }] };
    const body = { data: { userId: 1, customer, targetGroups: [] } };
    expectSameParse(body);
  });
});

// ---- random input ----------------------------------------------------------------------------------

const digits = (n: number, max = 10 ** n - 1) =>
  fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));

/** Text shaped like (and often almost like) a Capillary timestamp. */
const timestampText = fc
  .record({
    pad: fc.constantFrom('', '', '', ' ', '\t', '\u00a0', '\n', '\u2028', '\ufeff'),
    year: fc.oneof(digits(4, 2100), digits(4), digits(2), digits(5)),
    month: fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((v) => String(v).padStart(2, '0')),
      digits(2),
      digits(1),
    ),
    day: fc.oneof(
      fc.integer({ min: 1, max: 31 }).map((v) => String(v).padStart(2, '0')),
      digits(2),
    ),
    sep: fc.constantFrom('T', 'T', ' ', 't', '_'),
    time: fc.option(
      fc.record({
        hour: fc.oneof(digits(2, 23), digits(2)),
        minute: fc.oneof(digits(2, 59), digits(2)),
        second: fc.option(fc.oneof(digits(2, 60), digits(2), digits(1))),
        frac: fc.option(
          fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 0, maxLength: 11 }),
        ),
        zone: fc.constantFrom(
          '',
          'Z',
          'z',
          '+0000',
          '+0530',
          '-0800',
          '+05:30',
          '-00:00',
          '+1',
          '+99:99',
          'Z ',
          '+053',
        ),
      }),
    ),
    tail: fc.constantFrom('', '', '', 'x', '0', '-'),
  })
  .map(({ pad, year, month, day, sep, time, tail }) => {
    let text = `${year}-${month}-${day}`;
    if (time) {
      text += `${sep}${time.hour}:${time.minute}`;
      if (time.second !== null) text += `:${time.second}${time.frac !== null ? `.${time.frac}` : ''}`;
      text += time.zone;
    }
    return `${pad}${text}${tail}${pad}`;
  });

const numericText = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    '11.000',
    ' 11 ',
    '\t-3.5e2\n',
    '1e999',
    '-0',
    '0x10',
    '1_000',
    '',
    ' ',
    '.5',
    '5.',
    '+1',
    '１２',
    'NaN',
  ),
);

const odd: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  1e21,
  2 ** 53 + 2,
  true,
  false,
  [],
  {},
  [null],
  [undefined],
  new Date(0),
  Object.create(null),
  JSON.parse('{"__proto__": {"x": 1}, "y": 2}'),
  new String('boxed'),
  10n,
  Symbol.for('s'),
  () => 1,
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...odd), weight: 4 },
  { arbitrary: timestampText, weight: 3 },
  { arbitrary: numericText, weight: 3 },
  { arbitrary: fc.jsonValue(), weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);

const knownKeys = [
  ...new Set(
    [
      schemas.targetGroupSchema,
      schemas.targetPeriodSchema,
      schemas.milestoneSchema,
      schemas.streakSchema,
      schemas.attributionSchema,
      schemas.attributionPartySchema,
      schemas.customerSchema,
      schemas.profileSchema,
      schemas.commChannelSchema,
      schemas.loyaltyInfoSchema,
    ].flatMap((s) => Object.keys(s.shape)),
  ),
];
const anyKey = fc.oneof(
  fc.constantFrom(
    ...knownKeys,
    '__proto__',
    'constructor',
    'toString',
    '0',
    'data',
    'customer',
    'targetGroups',
  ),
  fc.string(),
);

type Mutation = { at: number; op: 'set' | 'delete' | 'add'; pick: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'delete', 'add'),
  pick: fc.nat(),
  key: anyKey,
  value: anyValue,
});

function containersOf(root: unknown, out: Json[] = []): Json[] {
  if (typeof root !== 'object' || root === null) return out;
  out.push(root as Json);
  for (const value of Object.values(root)) containersOf(value, out);
  return out;
}

/** Applies the mutations to containers of `root` (all of them, found before the first mutation). */
function mutate(root: unknown, mutations: Mutation[]): void {
  const containers = containersOf(root);
  for (const m of mutations) {
    const target = containers[m.at % containers.length] as Json;
    const keys = Object.keys(target);
    if (Array.isArray(target) && (m.op === 'add' || keys.length === 0)) {
      target.push(m.value);
      continue;
    }
    if (m.op === 'add' || keys.length === 0) {
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      continue;
    }
    const key = keys[m.pick % keys.length] as string;
    if (m.op === 'delete') {
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
    } else (target as Record<string, unknown>)[key] = m.value;
  }
}

describe('random input', () => {
  const withMilestones = responses[1];
  const period = groupsOf(withMilestones)[0]?.targets as unknown[];

  it('a real period, mutated: the group parses exactly as before, failing or not', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const group = structuredClone(groupsOf(withMilestones)[0]) as Record<string, unknown>;
        const target = structuredClone(period[0]);
        mutate(target, mutations);
        group.targets = [target];
        const before = frozen.parseTargetGroup(group, 0);
        expect(firstDifference(live.parseTargetGroup(group, 0), before)).toBeNull();
        // The reader on its own: what it accepts, zod accepts, with the same value.
        const read = tryRead(readerOf(schemas.targetPeriodSchema), target);
        const parsed = frozenSchemas.targetPeriodSchema.safeParse(target);
        if (read !== NOT_READ) {
          expect(parsed.success).toBe(true);
          expect(firstDifference(read, parsed.data)).toBeNull();
        }
      }),
      { numRuns: 1500 },
    );
  });

  const samples = (() => {
    const group = groupsOf(withMilestones)[0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const customer = (withMilestones as { data: { customer: Record<string, any> } }).data.customer; // eslint-disable-line @typescript-eslint/no-explicit-any
    const streak = (examples.find((e) => e.kind === 'streaks')?.body as unknown[])[0];
    return [
      ['targetGroup', group],
      ['targetPeriod', group.targets[0]],
      ['milestone', group.targets[0].milestones[0]],
      ['streak', streak],
      ['attribution', group.attribution],
      ['attributionParty', group.attribution.createdBy],
      ['customer', customer],
      ['profile', customer.profiles[0]],
      ['commChannel', customer.profiles[0].commChannels[0]],
      ['loyaltyInfo', customer.loyaltyInfo],
    ] as const;
  })();

  it.each(samples)(
    'every field of a real %s, any value: the reader agrees with the schema',
    (name, sample) => {
      const liveSchema = schemas[`${name}Schema`];
      const frozenSchema = frozenSchemas[`${name}Schema`];
      const read = readerOf(liveSchema as z.ZodType);
      const fields = fc.constantFrom(...Object.keys(liveSchema.shape), 'extra', '__proto__', 'constructor');
      fc.assert(
        fc.property(fc.array(fc.tuple(fields, anyValue), { minLength: 1, maxLength: 3 }), (changes) => {
          const value = structuredClone(sample) as Record<string, unknown>;
          for (const [key, v] of changes) {
            if (v === undefined && key.length % 2) delete value[key];
            else
              Object.defineProperty(value, key, {
                value: v,
                enumerable: true,
                configurable: true,
                writable: true,
              });
          }
          const before = frozenSchema.safeParse(value);
          const now = liveSchema.safeParse(value);
          expect(now.success).toBe(before.success);
          expect(firstDifference(now.data, before.data)).toBeNull();
          expect(now.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
            before.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
          );
          const fast = tryRead(read, value);
          if (fast !== NOT_READ) {
            expect(before.success).toBe(true);
            expect(firstDifference(fast, before.data)).toBeNull();
          }
        }),
        { numRuns: 600 },
      );
    },
  );

  it.each(responses.map((body, i) => [i, body] as const))(
    'a whole response, mutated anywhere: parses exactly as before (response %i)',
    (_i, body) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          const copy = structuredClone(body);
          mutate(copy, mutations);
          expectSameParse(copy);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('any value in place of a section: parses exactly as before', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (customer, groups, group) => {
        expectSameParse({ data: { userId: 1, customer, targetGroups: groups } });
        expectSameParse({ data: { userId: 1, customer: null, targetGroups: [group] } });
        expectSameParse(customer);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('timestamps', () => {
  const difference = (text: string) => firstDifference(parseTimestamp(text), frozenParseTimestamp(text));
  const same = (text: string) => {
    expect(difference(text), text).toBeNull();
  };
  const differing = (texts: string[]) => texts.filter((text) => difference(text) !== null);

  it('read random timestamp-like text exactly as before', () => {
    fc.assert(fc.property(timestampText, same), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string(), same), { numRuns: 2_000 });
  });

  it('read every millisecond fraction and every day of 1890–2110 as before', () => {
    const texts: string[] = [];
    for (let ms = 0; ms < 1000; ms++) texts.push(`2024-02-29T23:59:59.${String(ms).padStart(3, '0')}+0530`);
    for (let day = Date.UTC(1890, 0, 1); day < Date.UTC(2110, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      texts.push(date, `${date}T12:34:56.789-08:00`);
    }
    expect(differing(texts)).toEqual([]);
  });

  it('read the century leap rules and the edge years as before', () => {
    const texts: string[] = [];
    for (const year of [
      '0000',
      '0004',
      '0099',
      '0100',
      '0400',
      '1600',
      '1700',
      '1900',
      '2000',
      '2100',
      '2400',
      '9999',
    ]) {
      for (const date of ['02-28', '02-29', '02-30', '12-31', '01-01']) {
        texts.push(`${year}-${date}`, `${year}-${date}T23:59:60.9999Z`, `${year}-${date} 00:00-23:59`);
      }
    }
    expect(differing(texts)).toEqual([]);
  });
});
