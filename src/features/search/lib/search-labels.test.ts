import { describe, expect, it } from 'vitest';

import { choiceLabel, lookingUpText } from './search-labels';

describe('search labels', () => {
  it('names each way to search', () => {
    expect(choiceLabel({ type: 'lookup', kind: 'mobile', value: '919988221100' })).toBe('Find by mobile');
    expect(choiceLabel({ type: 'lookup', kind: 'email', value: 'a@b.co' })).toBe('Find by email');
    expect(choiceLabel({ type: 'lookup', kind: 'cardnumber', value: '7031' })).toBe('Find by card number');
    expect(choiceLabel({ type: 'lookup', kind: 'externalId', value: 'MP-1' })).toBe('Find by external ID');
    expect(choiceLabel({ type: 'member', userId: '919988221100' })).toBe('Open member 919988221100');
  });

  it('says what is being looked up', () => {
    expect(lookingUpText('cardnumber')).toBe('Looking up the card number…');
  });
});
