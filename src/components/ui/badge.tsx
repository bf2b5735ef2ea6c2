import type { ReactNode } from 'react';

import { cn } from '../../lib/cn';

export type BadgeTone = 'neutral' | 'accent' | 'met' | 'progress' | 'upcoming' | 'danger';

const tones: Record<BadgeTone, string> = {
  neutral: 'border-border bg-surface-muted text-fg-muted',
  accent: 'border-transparent bg-accent-soft text-accent-text',
  met: 'border-transparent bg-met-soft text-met-text',
  progress: 'border-transparent bg-progress-soft text-progress-text',
  upcoming: 'border-transparent bg-upcoming-soft text-upcoming-text',
  danger: 'border-transparent bg-danger-soft text-danger-text',
};

/** A short labelled state ("Verified", "Current period"): always words, never colour alone. */
export function Badge({
  tone = 'neutral',
  className,
  children,
}: {
  tone?: BadgeTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
