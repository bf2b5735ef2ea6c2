import { useId, useSyncExternalStore, type ReactNode } from 'react';

import { cn } from '../../lib/cn';
import {
  readThemeChoice,
  saveThemeChoice,
  subscribeThemeChoice,
  THEME_CHOICES,
  type ThemeChoice,
} from '../../lib/theme';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

const ICONS: Record<ThemeChoice, ReactNode> = {
  system: (
    <Icon>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </Icon>
  ),
  light: (
    <Icon>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </Icon>
  ),
  dark: (
    <Icon>
      <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
    </Icon>
  ),
};

/**
 * "Theme": System / Light / Dark, as native radio buttons (arrow keys move between them). The choice is
 * kept in this browser; "System" follows the operating system's setting as it changes.
 */
export function ThemeToggle({ className }: { className?: string }) {
  const choice = useSyncExternalStore(subscribeThemeChoice, readThemeChoice, () => 'system' as const);
  const name = useId();
  return (
    <fieldset className={cn('min-w-0 shrink-0', className)}>
      <legend className="sr-only">Theme</legend>
      <div className="inline-flex rounded-lg border border-border bg-surface-muted p-0.5">
        {THEME_CHOICES.map((value) => (
          <label
            key={value}
            title={LABELS[value]}
            className={cn(
              'relative inline-flex h-8 min-w-8 cursor-pointer items-center justify-center gap-1.5 rounded-md px-2 text-sm font-medium text-fg-muted pointer-coarse:h-11 pointer-coarse:min-w-11',
              'hover:text-fg has-checked:bg-surface has-checked:text-fg has-checked:shadow-xs',
              'has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent',
            )}
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={choice === value}
              onChange={() => saveThemeChoice(value)}
              className="sr-only"
            />
            {ICONS[value]}
            <span className="sr-only lg:not-sr-only">{LABELS[value]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
