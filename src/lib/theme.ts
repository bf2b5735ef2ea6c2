/**
 * Light or dark: the system's preference unless the user picked one, kept in this browser. The theme
 * in effect is written to <html data-theme="light|dark">, which the tokens in src/index.css follow.
 * public/theme-init.js applies the saved choice before the first paint (an external file: the CSP
 * forbids inline scripts); it reads the same storage key, and a test keeps the two in step.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'member-progress-theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage can be switched off or throw (private modes, policies): the theme then lasts the visit. */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let unsaved: ThemeChoice = 'system';

export function readThemeChoice(): ThemeChoice {
  const store = storage();
  if (!store) return unsaved;
  try {
    const saved = store.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(saved) ? saved : 'system';
  } catch {
    return unsaved;
  }
}

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

/** Writes the theme in effect for `choice` on <html>. */
export function applyTheme(choice: ThemeChoice = readThemeChoice()): Theme {
  const theme = resolveTheme(choice, darkQuery()?.matches ?? false);
  document.documentElement.dataset.theme = theme;
  return theme;
}

const listeners = new Set<() => void>();

export function saveThemeChoice(choice: ThemeChoice): void {
  unsaved = choice;
  try {
    // "system" is the default: nothing to keep.
    if (choice === 'system') storage()?.removeItem(THEME_STORAGE_KEY);
    else storage()?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not kept; applied for this visit all the same.
  }
  applyTheme(choice);
  listeners.forEach((listener) => listener());
}

/**
 * For useSyncExternalStore. While anyone listens, a change of the system's preference (followed when
 * the choice is "system") and a choice made in another tab are applied here and reported.
 */
export function subscribeThemeChoice(listener: () => void): () => void {
  listeners.add(listener);
  const query = darkQuery();
  const onChange = () => {
    applyTheme();
    listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) onChange();
  };
  query?.addEventListener('change', onChange);
  window.addEventListener('storage', onStorage);
  applyTheme();
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', onChange);
    window.removeEventListener('storage', onStorage);
  };
}
