import { describe, expect, it } from 'vitest';

import { renewalDelayMs } from './auth-oauth';
import { retryAfterSeconds } from './retry-after';

describe('retryAfterSeconds', () => {
  it('reads delta seconds and HTTP dates, bounded to an hour', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds(new Date(now + 20_000).toUTCString(), now)).toBe(20);
    expect(retryAfterSeconds('999999', now)).toBe(3600);
    expect(retryAfterSeconds(new Date(now - 5_000).toUTCString(), now)).toBe(0);
  });

  it('ignores an absent or unreadable value', () => {
    expect(retryAfterSeconds(undefined)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});

describe('renewalDelayMs', () => {
  it('renews at 80 % of the lifetime or 30 s before its end, whichever is earlier', () => {
    expect(renewalDelayMs(300)).toBe(240_000);
    expect(renewalDelayMs(3600)).toBe(2_880_000);
    expect(renewalDelayMs(100)).toBe(70_000);
  });

  it('never renews before half the lifetime, so short tokens are still reused', () => {
    expect(renewalDelayMs(10)).toBe(5_000);
    expect(renewalDelayMs(1)).toBe(500);
  });
});
