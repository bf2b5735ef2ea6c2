import { describe, expect, it } from 'vitest';

import { DEFAULT_TRIAGE, readTriageParams, withTriageParams } from './triage-params';

describe('triage params', () => {
  it('reads sort, filter and tracking type from the URL', () => {
    expect(readTriageParams(new URLSearchParams('filter=at-risk&sort=risk&tracking=STREAKS'))).toEqual({
      filter: 'at-risk',
      sort: 'risk',
      tracking: 'STREAKS',
    });
  });

  it('reads unknown or missing values as the defaults', () => {
    expect(readTriageParams(new URLSearchParams('filter=everything&sort=random&tracking='))).toEqual(
      DEFAULT_TRIAGE,
    );
  });

  it('writes only what differs from the defaults and keeps the switches', () => {
    const search = new URLSearchParams('includeInactive=true&filter=completed');
    expect(withTriageParams(search, { filter: 'all', sort: 'nearest', tracking: null }).toString()).toBe(
      'includeInactive=true&sort=nearest',
    );
    expect(withTriageParams(search, DEFAULT_TRIAGE).toString()).toBe('includeInactive=true');
  });
});
