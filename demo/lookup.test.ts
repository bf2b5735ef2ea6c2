import { describe, expect, it } from 'vitest';

import { buildLookupIndex, lookupMember } from './lookup';
import { buildDemoMembers } from './members';
import { TEST_TODAY } from './test-support';

const members = buildDemoMembers(TEST_TODAY);
const index = buildLookupIndex(members.values());

describe('lookup', () => {
  it('gives Tom Sawyer’s shared email and mobile to the lowest reference id', () => {
    expect(lookupMember(index, 'email', 'tom.sawyer@capillarytech.com')).toBe('64035151');
    expect(lookupMember(index, 'mobile', '919988221100')).toBe('64035151');
  });

  it('finds every member by its external id and card number, and generated ones by mobile and email', () => {
    for (const record of members.values()) {
      for (const { name, value } of record.identifiers) {
        const shared = value === 'tom.sawyer@capillarytech.com' || value === '919988221100';
        expect(lookupMember(index, name, value)).toBe(shared ? '64035151' : record.userId);
      }
      expect(record.identifiers.map((i) => i.name)).toEqual(
        expect.arrayContaining(['externalId', 'cardnumber']),
      );
      if (record.kind === 'generated') {
        expect(record.identifiers.map((i) => i.name)).toEqual(expect.arrayContaining(['mobile', 'email']));
      }
    }
  });

  it('finds nothing for an empty or unknown value', () => {
    expect(lookupMember(index, 'mobile', '+ -')).toBeNull();
    expect(lookupMember(index, 'cardnumber', '0000')).toBeNull();
  });
});
