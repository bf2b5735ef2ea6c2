import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nextTickMs, updatedAgoText } from './updated-ago';

const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('updatedAgoText', () => {
  it('reads "just now", then seconds, minutes, hours and days, rounded down', () => {
    expect(updatedAgoText(0)).toBe('just now');
    expect(updatedAgoText(4_999)).toBe('just now');
    expect(updatedAgoText(5 * S)).toBe('5 s ago');
    expect(updatedAgoText(12 * S + 900)).toBe('12 s ago');
    expect(updatedAgoText(59 * S + 999)).toBe('59 s ago');
    expect(updatedAgoText(MIN)).toBe('1 min ago');
    expect(updatedAgoText(3 * MIN + 59 * S)).toBe('3 min ago');
    expect(updatedAgoText(2 * H + 5 * MIN)).toBe('2 h ago');
    expect(updatedAgoText(4 * D + 3 * H)).toBe('4 d ago');
  });

  it('reads "just now" for a clock that went backwards or a broken figure', () => {
    expect(updatedAgoText(-30 * S)).toBe('just now');
    expect(updatedAgoText(Number.NaN)).toBe('just now');
  });
});

describe('nextTickMs', () => {
  it('waits until the text changes: 5 s, then each second, then each minute, hour, day', () => {
    expect(nextTickMs(0)).toBe(5 * S);
    expect(nextTickMs(12_300)).toBe(700);
    expect(nextTickMs(13 * S)).toBe(S);
    expect(nextTickMs(MIN + 10 * S)).toBe(50 * S);
    expect(nextTickMs(H + MIN)).toBe(59 * MIN);
    expect(nextTickMs(D + H)).toBe(23 * H);
    expect(nextTickMs(59_999)).toBe(100);
  });

  it('the text holds until the tick and changes at it; aligned ticks come at most once a second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * D }), (elapsed) => {
        const wait = nextTickMs(elapsed);
        expect(wait).toBeGreaterThanOrEqual(100);
        expect(updatedAgoText(elapsed + wait)).not.toBe(updatedAgoText(elapsed));
        if (wait > 100) expect(updatedAgoText(elapsed + wait - 1)).toBe(updatedAgoText(elapsed));
        expect(nextTickMs(elapsed + wait)).toBeGreaterThanOrEqual(S);
      }),
    );
  });
});
