import { describe, expect, it } from 'vitest';

import { readViewParams, withViewParam } from './view-params';

describe('readViewParams', () => {
  it('reads only "true" as on', () => {
    expect(readViewParams(new URLSearchParams('includeInactiveTargets=true&includeInactive=1'))).toEqual({
      includeInactiveTargets: true,
      includeInactive: false,
    });
    expect(readViewParams(new URLSearchParams(''))).toEqual({
      includeInactiveTargets: false,
      includeInactive: false,
    });
  });
});

describe('withViewParam', () => {
  it('sets and removes one switch, keeping the rest', () => {
    const on = withViewParam(new URLSearchParams('tab=x'), 'includeInactive', true);
    expect(on.toString()).toBe('tab=x&includeInactive=true');
    expect(withViewParam(on, 'includeInactive', false).toString()).toBe('tab=x');
  });

  it('does not change what it was given', () => {
    const search = new URLSearchParams('');
    withViewParam(search, 'includeInactiveTargets', true);
    expect(search.toString()).toBe('');
  });
});
