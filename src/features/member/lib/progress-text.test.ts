import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hasForbiddenText } from '../../../lib/format';
import { periodProgress } from './period-progress';
import { progressValueText, remainingText } from './progress-text';

const en = { locale: 'en-US' };

describe('progressValueText', () => {
  it('reads achieved of target with the percent', () => {
    expect(progressValueText(periodProgress(5000, 8000), en)).toBe('5,000 of 8,000 (62.5%)');
    expect(progressValueText(periodProgress(7, 2), en)).toBe('7 of 2 (350%)');
    expect(progressValueText(periodProgress(0, 10), en)).toBe('0 of 10 (0%)');
  });

  it('names the alternate currency', () => {
    expect(progressValueText(periodProgress(5, 8), { ...en, unit: 'Stars' })).toBe('5 of 8 Stars (62.5%)');
  });

  it('reads a cap as a cap', () => {
    expect(progressValueText(periodProgress(350, 1200), { ...en, capping: true })).toBe(
      '350 of 1,200 allowed used',
    );
    expect(progressValueText(periodProgress(350, 0), { ...en, capping: true })).toBe('350 used (no cap set)');
  });

  it('says when there is no target', () => {
    expect(progressValueText(periodProgress(7, 0), en)).toBe('7 achieved (no target set)');
    expect(progressValueText(periodProgress(7, null), { ...en, unit: 'Stars' })).toBe(
      '7 Stars achieved (no target set)',
    );
  });

  it('never shows a broken figure (property)', () => {
    const n = fc.oneof(fc.double(), fc.constant(null));
    fc.assert(
      fc.property(
        n,
        n,
        fc.boolean(),
        fc.option(fc.constantFrom('Stars', 'Stamps')),
        (a, t, capping, unit) => {
          const text = progressValueText(periodProgress(a, t), { ...en, capping, unit });
          expect(hasForbiddenText(text)).toBe(false);
        },
      ),
    );
  });
});

describe('remainingText', () => {
  it('reads what is left, never negative', () => {
    expect(remainingText(3, en)).toBe('3 to go');
    expect(remainingText(1200, { ...en, unit: 'Stars' })).toBe('1,200 Stars to go');
    expect(remainingText(-4, en)).toBe('0 to go');
  });
});
