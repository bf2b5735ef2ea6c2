import { describe, expect, it } from 'vitest';

import { classifyQuery } from './classify-query';
import { searchOptions } from './search-options';

const recents = [{ userId: '900000001', name: 'Asha Rao', viewedAt: 1 }];
const options = (value: string, list = recents) => searchOptions(value, classifyQuery(value), list);

describe('searchOptions', () => {
  it('lists the recent members, then a way to clear them, when nothing is typed', () => {
    expect(options(' ').map((o) => o.label)).toEqual(['Asha Rao', 'Clear recent members']);
    expect(options('', [])).toEqual([]);
  });

  it('lists the searches the text could be once something is typed', () => {
    expect(options('MP-9').map((o) => o.label)).toEqual(['Find by card number', 'Find by external ID']);
    expect(options('a@b')).toEqual([]);
  });
});
