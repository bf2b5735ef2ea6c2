import { describe, expect, it } from 'vitest';

import { parseDemoToday } from './today';

describe('parseDemoToday', () => {
  it('reads YYYY-MM-DD as midnight UTC', () => {
    expect(parseDemoToday('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('uses the real date when unset', () => {
    expect(Math.abs(parseDemoToday(undefined).getTime() - Date.now())).toBeLessThan(5_000);
    expect(Math.abs(parseDemoToday('').getTime() - Date.now())).toBeLessThan(5_000);
  });

  it.each(['2026-02-30', '25/11/2026', '2026-11-25T10:00', 'today'])('refuses %s', (value) => {
    expect(() => parseDemoToday(value)).toThrow(/DEMO_TODAY/);
  });
});
