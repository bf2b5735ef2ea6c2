import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { envelopeSchema } from '../../contract';
import { readEnvelope } from './api-envelope';

const message = fc.oneof(
  fc.string(),
  fc.record(
    {
      code: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean()),
      message: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
      status: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  fc.integer(),
  fc.constant(null),
);
const messages = fc.oneof(
  fc.array(message, { maxLength: 4 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
);
const body = fc.oneof(
  fc.record({ data: fc.jsonValue(), errors: messages, warnings: messages }, { requiredKeys: [] }),
  fc.jsonValue(),
);

describe('readEnvelope', () => {
  it('reads errors and warnings as sent: strings, v2 items with a status, null and absent alike', () => {
    expect(
      readEnvelope({ data: null, errors: [{ code: 8015, message: 'Customer not found', status: false }] }),
    ).toEqual({
      data: null,
      errors: [{ code: 8015, message: 'Customer not found', status: false }],
      warnings: [],
    });
    expect(readEnvelope({ data: 1, errors: null, warnings: ['careful'] })).toEqual({
      data: 1,
      errors: [],
      warnings: [{ code: null, message: 'careful' }],
    });
    expect(readEnvelope('not an envelope')).toBeNull();
  });

  it('agrees with the contract’s envelope on any body', () => {
    fc.assert(
      fc.property(body, (input) => {
        const full = envelopeSchema.safeParse(input);
        const small = readEnvelope(input);
        expect(small !== null).toBe(full.success);
        if (full.success && small) {
          expect(small.errors).toEqual(full.data.errors);
          expect(small.warnings).toEqual(full.data.warnings);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
