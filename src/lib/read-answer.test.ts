import { describe, expect, it } from 'vitest';

import { dataOf, idText, isRecord, oneOf, stringField, UnexpectedAnswerError } from './read-answer';

describe('the small answer readers', () => {
  it('take data from an envelope and refuse anything else', () => {
    expect(dataOf({ data: { a: 1 } }, 'x')).toEqual({ a: 1 });
    for (const body of [null, 'text', [], { data: null }, { data: [1] }, { data: 'x' }]) {
      expect(() => dataOf(body, 'Config')).toThrow(UnexpectedAnswerError);
    }
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
  });

  it('read texts, enumerations and ids strictly', () => {
    expect(stringField({ a: 'x' }, 'a', 'w')).toBe('x');
    expect(() => stringField({ a: '' }, 'a', 'w', true)).toThrow('w: a is not a non-empty text');
    expect(() => stringField({ a: 1 }, 'a', 'w')).toThrow(UnexpectedAnswerError);
    expect(oneOf({ r: 'staff' }, 'r', ['manager', 'staff'] as const, 'w')).toBe('staff');
    expect(() => oneOf({ r: 'admin' }, 'r', ['manager', 'staff'] as const, 'w')).toThrow(
      'w: r is not one of manager, staff',
    );
    expect(idText(64035151)).toBe('64035151');
    expect(idText('9223372036854775807')).toBe('9223372036854775807');
    expect(idText(2 ** 53 + 2)).toBeNull();
    expect(idText(1.5)).toBeNull();
    expect(idText(null)).toBeNull();
  });
});
