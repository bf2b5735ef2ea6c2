import { describe, expect, it } from 'vitest';

import { manualClock } from '../testing/users';

import { createBreaker } from './breaker';
import { verdictOf } from './guard';

describe('createBreaker', () => {
  it('closed → open after N consecutive failures → half-open after the cooldown → closed on success', () => {
    const clock = manualClock();
    const breaker = createBreaker({ failures: 2, cooldownMs: 1_000, now: clock.now });
    breaker.record('failure', false);
    breaker.record('success', false);
    breaker.record('failure', false);
    expect(breaker.state()).toBe('closed');
    breaker.record('failure', false);
    expect(breaker.state()).toBe('open');
    expect(breaker.admit()).toEqual({ ok: false, retryAfterMs: 1_000 });
    clock.advance(1_000);
    expect(breaker.admit()).toEqual({ ok: true, probe: true });
    // Only one probe at a time.
    expect(breaker.admit().ok).toBe(false);
    breaker.record('success', true);
    expect(breaker.state()).toBe('closed');
    expect(breaker.admit()).toEqual({ ok: true, probe: false });
  });

  it('a neutral probe (the browser left) frees the probe slot without deciding anything', () => {
    const clock = manualClock();
    const breaker = createBreaker({ failures: 1, cooldownMs: 1_000, now: clock.now });
    breaker.record('failure', false);
    clock.advance(1_000);
    expect(breaker.admit()).toEqual({ ok: true, probe: true });
    breaker.record('neutral', true);
    expect(breaker.admit()).toEqual({ ok: true, probe: true });
  });
});

describe('verdictOf', () => {
  it('a member-level 4xx is Capillary working; a browser leaving and one huge member say nothing', () => {
    expect(verdictOf({ outcome: 'rejected', status: 404, errors: [], warnings: [] })).toBe('success');
    expect(verdictOf({ outcome: 'failed', failure: 'aborted' })).toBe('neutral');
    expect(verdictOf({ outcome: 'failed', failure: 'tooLarge' })).toBe('neutral');
    for (const failure of [
      'timeout',
      'unreachable',
      'badResponse',
      'failed',
      'rateLimited',
      'credentialsRefused',
    ] as const) {
      expect(verdictOf({ outcome: 'failed', failure })).toBe('failure');
    }
  });
});
