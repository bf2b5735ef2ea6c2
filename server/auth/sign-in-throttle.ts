/**
 * Failed sign-ins slow down further tries of the same username from the same address (ASVS 5.0
 * "anti-automation"): FREE_FAILURES tries may follow each other at once; from the last of them on,
 * each failure doubles the wait before the next try (1 s, 2 s, 4 s …), up to MAX_DELAY_MS. A blocked try is refused before any password work. A success clears the record.
 * Per username + address, so one attacker cannot lock a colleague out from another desk.
 */
export const FREE_FAILURES = 3;
const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;
/** A record with no failure for this long is forgotten. */
const FORGET_AFTER_MS = 60 * 60_000;

type Failures = { count: number; blockedUntil: number; lastAt: number };

export type SignInThrottle = {
  /** 0 when a try may go now, else the milliseconds to wait. */
  waitMs(key: string): number;
  /** Records a failure; returns the wait it imposes on the next try (0 while still free). */
  failed(key: string): number;
  succeeded(key: string): void;
  size(): number;
};

export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

export function createSignInThrottle(now: () => number = Date.now, maxKeys = 10_000): SignInThrottle {
  const records = new Map<string, Failures>();

  function sweep(t: number) {
    for (const [key, r] of records) if (t - r.lastAt > FORGET_AFTER_MS) records.delete(key);
  }

  return {
    waitMs(key) {
      const r = records.get(key);
      return r ? Math.max(0, r.blockedUntil - now()) : 0;
    },
    failed(key) {
      const t = now();
      if (records.size >= maxKeys) sweep(t);
      if (records.size >= maxKeys) records.delete(records.keys().next().value as string);
      const r = records.get(key) ?? { count: 0, blockedUntil: 0, lastAt: t };
      r.count += 1;
      r.lastAt = t;
      const delay = delayAfter(r.count);
      r.blockedUntil = t + delay;
      records.delete(key);
      records.set(key, r);
      return delay;
    },
    succeeded(key) {
      records.delete(key);
    },
    size: () => records.size,
  };
}
