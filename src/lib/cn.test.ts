import { describe, expect, it } from 'vitest';

import { cn } from './cn';

describe('cn', () => {
  it('joins the truthy class names with single spaces', () => {
    expect(cn('a', false, 'b', null, undefined, 0, 'c')).toBe('a b c');
  });

  it('gives an empty string when nothing is set', () => {
    expect(cn(false, null)).toBe('');
  });
});
