// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  applyTheme,
  readThemeChoice,
  resolveTheme,
  saveThemeChoice,
  subscribeThemeChoice,
  THEME_STORAGE_KEY,
} from './theme';

/** A system colour-scheme setting that a test can change, as the OS would. */
function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', (text: string) => {
    expect(text).toBe('(prefers-color-scheme: dark)');
    return query;
  });
  return {
    set(next: boolean) {
      dark = next;
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
}

const theme = () => document.documentElement.dataset.theme;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('resolveTheme', () => {
  it('follows the system for "system", the choice otherwise', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('the theme choice', () => {
  it('is "system" until one is made, then kept in this browser and applied to <html>', () => {
    systemScheme(false);
    expect(readThemeChoice()).toBe('system');
    saveThemeChoice('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice()).toBe('dark');
    expect(theme()).toBe('dark');
    saveThemeChoice('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(theme()).toBe('light');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(readThemeChoice()).toBe('system');
  });

  it('applies the system preference without matchMedia as light', () => {
    expect(applyTheme('system')).toBe('light');
    expect(theme()).toBe('light');
  });

  it('follows the system while "system" is chosen, and a choice made in another tab', () => {
    const system = systemScheme(false);
    const changed = vi.fn();
    const unsubscribe = subscribeThemeChoice(changed);
    expect(theme()).toBe('light');
    system.set(true);
    expect(theme()).toBe('dark');
    expect(changed).toHaveBeenCalledTimes(1);

    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
    expect(theme()).toBe('light');
    expect(changed).toHaveBeenCalledTimes(2);

    unsubscribe();
    expect(system.listeners.size).toBe(0);
    system.set(false);
    expect(changed).toHaveBeenCalledTimes(2);
  });
});

describe('public/theme-init.js, which runs before the first paint', () => {
  const script = readFileSync(resolve(process.cwd(), 'public/theme-init.js'), 'utf8');
  const run = () => new Function(script)();

  it('applies a saved choice under the key theme.ts keeps it under', () => {
    systemScheme(false);
    saveThemeChoice('dark');
    delete document.documentElement.dataset.theme;
    run();
    expect(theme()).toBe('dark');
    saveThemeChoice('light');
    systemScheme(true);
    run();
    expect(theme()).toBe('light');
  });

  it('follows the system without a saved choice, as theme.ts does', () => {
    systemScheme(true);
    run();
    expect(theme()).toBe('dark');
    expect(theme()).toBe(applyTheme(readThemeChoice()));
    systemScheme(false);
    run();
    expect(theme()).toBe('light');
  });
});
