import { describe, expect, it } from 'vitest';

import { median } from './stats';

describe('median', () => {
  it('takes the middle value, the mean of the middle two, and ignores what is not a number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, NaN, Infinity, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
