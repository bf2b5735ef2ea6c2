import { describe, expect, it } from 'vitest';

import { manualClock } from '../testing/users';

import { createSessionStore } from './sessions';
import { createSignInThrottle, delayAfter, FREE_FAILURES, MAX_DELAY_MS } from './sign-in-throttle';

describe('createSessionStore', () => {
  it('opaque 256-bit ids, unique; unknown, revoked and malformed ids find nothing', () => {
    const clock = manualClock();
    const store = createSessionStore({ idleMs: 60_000, maxMs: 3_600_000, now: clock.now });
    const ids = new Set(Array.from({ length: 100 }, () => store.create('sam', 'staff')));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [first] = ids;
    expect(store.touch(first ?? '')).toMatchObject({ username: 'sam', role: 'staff' });
    store.revoke(first ?? '');
    expect(store.touch(first ?? '')).toBeNull();
    expect(store.touch('')).toBeNull();
    expect(store.touch('x'.repeat(10_000))).toBeNull();
  });

  it('idle and absolute expiry, on the injected clock', () => {
    const clock = manualClock();
    const store = createSessionStore({ idleMs: 1_000, maxMs: 2_500, now: clock.now });
    const id = store.create('sam', 'staff');
    clock.advance(999);
    expect(store.touch(id)).not.toBeNull();
    clock.advance(999);
    expect(store.touch(id)).not.toBeNull();
    clock.advance(600); // 2598 ms since sign-in
    expect(store.touch(id)).toBeNull();
    const idle = store.create('sam', 'staff');
    clock.advance(1_000);
    expect(store.touch(idle)).toBeNull();
  });

  it('holds at most maxSessions', () => {
    const store = createSessionStore({ idleMs: 60_000, maxMs: 60_000, maxSessions: 10 });
    for (let i = 0; i < 50; i++) store.create(`u${i}`, 'staff');
    expect(store.size()).toBe(10);
  });
});

describe('createSignInThrottle', () => {
  it('free tries first, then a doubling wait up to the ceiling', () => {
    // FREE_FAILURES tries follow each other at once; the last of them starts the waiting.
    expect(Array.from({ length: FREE_FAILURES - 1 }, (_, i) => delayAfter(i + 1))).toEqual([0, 0]);
    expect(delayAfter(FREE_FAILURES)).toBe(1_000);
    expect(delayAfter(FREE_FAILURES + 1)).toBe(2_000);
    expect(delayAfter(100)).toBe(MAX_DELAY_MS);
  });

  it('per key; a success clears it', () => {
    const clock = manualClock();
    const throttle = createSignInThrottle(clock.now);
    for (let i = 0; i < FREE_FAILURES; i++) throttle.failed('a');
    expect(throttle.waitMs('a')).toBe(1_000);
    expect(throttle.waitMs('b')).toBe(0);
    clock.advance(1_000);
    expect(throttle.waitMs('a')).toBe(0);
    throttle.succeeded('a');
    throttle.failed('a');
    expect(throttle.waitMs('a')).toBe(0);
  });

  it('never holds more than maxKeys records', () => {
    const throttle = createSignInThrottle(Date.now, 50);
    for (let i = 0; i < 500; i++) throttle.failed(`k${i}`);
    expect(throttle.size()).toBeLessThanOrEqual(50);
  });
});
