import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isMemberId, parseMemberId } from './member-id';

describe('isMemberId', () => {
  it.each(['1', '64035151', '9223372036854775807'])('accepts %s', (id) => {
    expect(isMemberId(id)).toBe(true);
  });

  it.each([
    '',
    '0',
    '064035151',
    '-1',
    '1.5',
    '1e5',
    ' 12',
    'abc',
    '9223372036854775808',
    '99999999999999999999',
  ])('rejects %j', (id) => {
    expect(isMemberId(id)).toBe(false);
  });

  it('accepts every positive safe integer written canonically', () => {
    fc.assert(fc.property(fc.integer({ min: 1 }), (n) => isMemberId(String(n))));
  });

  it('rejects anything with a non-digit in it', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(/[^0-9]/.test(s));
        return !isMemberId(s);
      }),
    );
  });
});

describe('parseMemberId', () => {
  it('trims what was typed', () => {
    expect(parseMemberId('  64035151 ')).toBe('64035151');
  });

  it('gives null for an invalid id', () => {
    expect(parseMemberId('0123')).toBeNull();
  });
});
