import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { maskChannelValue, maskEmail, maskPhone, maskText } from './mask';
import { maskForStaff } from './mask-json';

describe('maskPhone / maskEmail (the issue’s examples)', () => {
  it.each([
    ['919988221100', '********1100'],
    ['+44 7700 900123', '********0123'],
    ['(555) 010-9999', '******9999'],
    ['1234', '****'],
    ['', '****'],
  ])('%s → %s', (value, masked) => expect(maskPhone(value)).toBe(masked));

  it.each([
    ['tom.sawyer@capillarytech.com', 't***@capillarytech.com'],
    ['a@b.co', 'a***@b.co'],
    ['Ünal@example.de', 'Ü***@example.de'],
    ['not-an-email', 'n***'],
    ['@nolocal.com', '@***'],
  ])('%s → %s', (value, masked) => expect(maskEmail(value)).toBe(masked));
});

describe('maskText', () => {
  it('masks addresses and phone-shaped numbers inside text, and nothing else', () => {
    expect(maskText('Call +91 99882 21100 or mail tom@x.org (ref 12345, since 2024-04-11 12:25)')).toBe(
      'Call ********1100 or mail t***@x.org (ref 12345, since 2024-04-11 12:25)',
    );
    expect(maskText('Spend 5000 in Q4')).toBe('Spend 5000 in Q4');
    expect(maskText('member 64035151')).toBe('member 64035151');
  });

  it('property: no 10–15 digit number and no email local part survives', () => {
    const phone = fc.stringMatching(/^\+?[1-9][0-9]{9,14}$/);
    const email = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{2,20}$/), fc.domain())
      .map(([l, d]) => `${l}@${d}`);
    fc.assert(
      fc.property(fc.string(), phone, email, fc.string(), (before, p, e, after) => {
        const masked = maskText(`${before} ${p} ${e} ${after}`);
        expect(masked).not.toContain(p.replace('+', ''));
        expect(masked).not.toContain(e);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('maskChannelValue', () => {
  it('by the channel type, and an unknown type is not left in full', () => {
    expect(maskChannelValue('mobile', '919988221100')).toBe('********1100');
    expect(maskChannelValue('EMAIL', 'tom@x.org')).toBe('t***@x.org');
    expect(maskChannelValue('wechat', 'tom@x.org')).toBe('t***@x.org');
    expect(maskChannelValue('wechat', 'wx_abcdefgh')).toBe('*******efgh');
    expect(maskChannelValue(null, 'ab')).toBe('****');
  });
});

describe('maskForStaff', () => {
  const original = {
    data: {
      userId: '510000001',
      customer: {
        profiles: [
          {
            firstName: 'Tom',
            commChannels: [
              { type: 'mobile', value: 919988221100 },
              { type: 'email', value: 'tom@x.org' },
            ],
          },
        ],
        identifiers: [{ name: 'cardnumber', value: '7031000064035151' }],
        customFields: { alt_phone: '99882 21100', whatsapp: 919988221100, tier: 'Gold', __proto__x: 'k' },
        extra: JSON.parse('{"__proto__": {"polluted": "tom@x.org"}}'),
      },
      targetGroups: [{ id: 5100000012, targetRuleId: '5100000013', name: 'Spend 5000' }],
    },
    errors: null,
  };

  it('masks channels by type, phone-named keys, emails anywhere; keeps ids, names, structure', () => {
    const snapshot = JSON.stringify(original);
    const masked = maskForStaff(original) as typeof original;
    expect(JSON.stringify(original)).toBe(snapshot); // the shared original is never modified
    const text = JSON.stringify(masked);
    expect(text).not.toMatch(/919988221100|9988221100|tom@x\.org|7031000064035151/);
    expect(masked.data.userId).toBe('510000001');
    expect(masked.data.targetGroups).toEqual(original.data.targetGroups);
    expect(masked.data.customer.profiles[0]?.firstName).toBe('Tom');
    expect(masked.data.customer.customFields).toMatchObject({
      alt_phone: '******1100',
      whatsapp: '********1100',
      tier: 'Gold',
    });
    expect(masked.data.customer.identifiers[0]).toEqual({ name: 'cardnumber', value: '************5151' });
    expect(text).toContain('"__proto__":{"polluted":"t***@x.org"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
