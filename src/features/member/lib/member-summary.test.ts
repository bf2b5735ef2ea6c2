import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hasForbiddenText } from '../../../lib/format';
import { buildCustomer } from '../testing/builders';
import { customFieldText, memberName } from './member-summary';

describe('memberName', () => {
  it('joins first and last name', () => {
    expect(memberName(buildCustomer(), '64035151')).toBe('Tom Sawyer');
  });

  it('falls back to "Member <id>" when both names are empty', () => {
    const customer = buildCustomer({ profiles: [{ firstName: '', lastName: '  ' }] });
    expect(memberName(customer, '387035386')).toBe('Member 387035386');
    expect(memberName(null, '1')).toBe('Member 1');
  });

  it('puts the family name first for names in Han, Kana or Hangul', () => {
    expect(memberName(buildCustomer({ profiles: [{ firstName: '愛子', lastName: '田中' }] }), '1')).toBe(
      '田中 愛子',
    );
    expect(memberName(buildCustomer({ profiles: [{ firstName: '민준', lastName: '김' }] }), '1')).toBe(
      '김 민준',
    );
    expect(memberName(buildCustomer({ profiles: [{ firstName: 'Aiko', lastName: '田中' }] }), '1')).toBe(
      'Aiko 田中',
    );
  });

  it('uses the one name that is set', () => {
    expect(memberName(buildCustomer({ profiles: [{ firstName: null, lastName: 'Sawyer' }] }), '1')).toBe(
      'Sawyer',
    );
  });
});

describe('customFieldText', () => {
  it('shows strings as sent and empty as a dash', () => {
    expect(customFieldText('male')).toBe('male');
    expect(customFieldText('')).toBe('—');
    expect(customFieldText(null)).toBe('—');
  });

  it('shows numbers and booleans via String, objects as JSON', () => {
    expect(customFieldText(42)).toBe('42');
    expect(customFieldText(false)).toBe('false');
    expect(customFieldText({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
    expect(customFieldText([1, 2])).toBe('[1,2]');
  });

  it('never shows "[object Object]" or "undefined" for JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(typeof value !== 'string');
        const text = customFieldText(value);
        expect(text).not.toContain('[object Object]');
        expect(text).not.toBe('undefined');
        expect(text).not.toBe('');
      }),
    );
  });

  it('never shows a broken figure for a number', () => {
    fc.assert(fc.property(fc.double(), (n) => !hasForbiddenText(customFieldText(n))));
  });
});
