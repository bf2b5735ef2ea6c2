import { describe, expect, it } from 'vitest';

import { quantityText, targetUnit } from './target-units';

const kind = (targetType: string | null, targetEntity: string | null, currency: string | null = null) => ({
  targetType,
  targetEntity,
  alternateCurrencyName: currency,
  alternateCurrencyIdentifier: null,
});

describe('targetUnit', () => {
  it('names what a target counts, from its type and entity', () => {
    expect(targetUnit(kind('COUNT', 'TRANSACTION'))).toEqual({ one: 'purchase', other: 'purchases' });
    expect(targetUnit(kind('VISIT', 'TRANSACTION'))).toEqual({ one: 'visit', other: 'visits' });
    expect(targetUnit(kind('REGULAR_POINTS', 'POINTS'))).toEqual({ one: 'point', other: 'points' });
    expect(targetUnit(kind('ALL', 'POINTS'))).toEqual({ one: 'point', other: 'points' });
    expect(targetUnit(kind('QUANTITY', 'LINEITEM'))).toEqual({ one: 'item', other: 'items' });
    expect(targetUnit(kind('COUNT', 'EVENT'))).toEqual({ one: 'event', other: 'events' });
    expect(targetUnit(kind('COUNT', 'REWARDS'))).toEqual({ one: 'reward', other: 'rewards' });
  });

  it('uses the alternate currency by name, never pluralised', () => {
    expect(targetUnit(kind('REGULAR', 'ALTERNATE_CURRENCIES', 'Stars'))).toEqual({
      one: 'Stars',
      other: 'Stars',
    });
  });

  it('gives sales (amounts) and unknown kinds no noun', () => {
    expect(targetUnit(kind('SALES', 'TRANSACTION'))).toBeNull();
    expect(targetUnit(kind('GROSS_SALES', 'LINEITEM'))).toBeNull();
    expect(targetUnit(kind('EXTENDED_FIELD', 'EVENT'))).toBeNull();
    expect(targetUnit(kind('TIERED', null))).toBeNull();
  });
});

describe('quantityText', () => {
  it('agrees in number and formats in the locale', () => {
    const purchases = targetUnit(kind('COUNT', 'TRANSACTION'));
    expect(quantityText(1, purchases, { locale: 'en-GB' })).toBe('1 purchase');
    expect(quantityText(1200, purchases, { locale: 'en-GB' })).toBe('1,200 purchases');
    expect(quantityText(3000.5, null, { locale: 'en-GB' })).toBe('3,000.5');
  });
});
