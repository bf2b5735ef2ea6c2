import { cn } from '../../../lib/cn';
import type { PeriodOutcome } from '../lib/period-state';
import type { TimelineEntry } from '../lib/streak-timeline';

const chipTones: Record<PeriodOutcome, string> = {
  met: 'border-met/50 bg-met-soft text-met-text',
  missed: 'border-border bg-surface text-fg-muted',
  'in-progress': 'border-progress/60 bg-progress-soft text-progress-text',
  upcoming: 'border-dashed border-border-strong bg-surface text-fg-muted',
};

/** Shape as well as colour: filled tick, cross, half-filled, hollow. */
function OutcomeShape({ outcome }: { outcome: PeriodOutcome }) {
  const common = { width: 14, height: 14, viewBox: '0 0 16 16', 'aria-hidden': true as const };
  switch (outcome) {
    case 'met':
      return (
        <svg {...common} className="shrink-0 text-met">
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M4.5 8.2l2.3 2.3 4.7-4.9"
            fill="none"
            stroke="white"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
      );
    case 'missed':
      return (
        <svg {...common} className="shrink-0 text-fg-muted">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M5.5 5.5l5 5M10.5 5.5l-5 5"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      );
    case 'in-progress':
      return (
        <svg {...common} className="shrink-0 text-progress">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
        </svg>
      );
    default:
      return (
        <svg {...common} className="shrink-0 text-upcoming">
          <circle
            cx="8"
            cy="8"
            r="6.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeDasharray="2.5 2"
          />
        </svg>
      );
  }
}

/** The group's periods in order, each Met / Missed / In progress / Upcoming in words and shape. */
export function StreakTimeline({ groupName, entries }: { groupName: string; entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-fg-muted">No periods to show yet.</p>;
  return (
    <ol aria-label={`Streak timeline for ${groupName}`} className="flex flex-wrap gap-1.5">
      {entries.map((entry) => (
        <li
          key={entry.key}
          title={entry.dateRange ?? undefined}
          className={cn(
            'inline-flex max-w-full items-center gap-1.5 rounded-md border px-2 py-1 text-xs',
            chipTones[entry.outcome],
          )}
        >
          <OutcomeShape outcome={entry.outcome} />
          <span className="min-w-0 font-medium break-words">{entry.label}</span>{' '}
          <span>{entry.outcomeLabel}</span>
        </li>
      ))}
    </ol>
  );
}
