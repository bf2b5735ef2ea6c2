import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isSearchShortcut, isTypingTarget, nextActiveIndex } from './typing-target';

describe('isTypingTarget', () => {
  it('is true in text fields, text areas, selects and editable content', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input', type: 'email' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false on buttons, switches, checkboxes, links and the page', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('isSearchShortcut', () => {
  const press = { key: '/', ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false };
  it('is a bare slash only', () => {
    expect(isSearchShortcut(press)).toBe(true);
    expect(isSearchShortcut({ ...press, ctrlKey: true })).toBe(false);
    expect(isSearchShortcut({ ...press, metaKey: true })).toBe(false);
    expect(isSearchShortcut({ ...press, key: '?' })).toBe(false);
    expect(isSearchShortcut({ ...press, defaultPrevented: true })).toBe(false);
  });
});

describe('nextActiveIndex', () => {
  it('moves down and up through the options and wraps around', () => {
    expect(nextActiveIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(2, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(0, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(0, 'ArrowDown', 0)).toBe(-1);
  });

  it('always lands on an option when there is one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 20 }),
        fc.constantFrom('ArrowDown' as const, 'ArrowUp' as const),
        fc.integer({ min: 1, max: 12 }),
        (current, key, count) => {
          const next = nextActiveIndex(current, key, count);
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThan(count);
        },
      ),
    );
  });
});
