import { cn } from '../../../lib/cn';
import type { PeriodOutcome } from '../lib/period-state';
import type { TimelineEntry } from '../lib/streak-timeline';

const chipTones: Record<PeriodOutcome, string> = {
  met: 'border-met/50 bg-met-soft text-met-text',
  missed: 'border-border bg-surface text-fg-muted',
  'in-progress': 'border-progress/60 bg-progress-soft text-progress-text',
  upcoming: 'border-dashed border-border-strong bg-surface text-fg-muted',
};

/**
 * The group's periods in order, each Met / Missed / In progress / Upcoming in words and in shape (a filled
 * tick, a cross, a half-filled or a dashed circle: `.outcome-chip` in index.css draws it, so colour is
 * never the only sign). Two elements per period: a large member has hundreds.
 */
export function StreakTimeline({ groupName, entries }: { groupName: string; entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-fg-muted">No periods to show yet.</p>;
  return (
    <ol aria-label={`Streak timeline for ${groupName}`} className="flex flex-wrap gap-1.5">
      {entries.map((entry) => (
        <li
          key={entry.key}
          title={entry.dateRange ?? undefined}
          data-outcome={entry.outcome}
          className={cn(
            'outcome-chip inline-flex max-w-full items-center gap-1.5 rounded-md border px-2 py-1 text-xs',
            chipTones[entry.outcome],
          )}
        >
          <span className="min-w-0 font-medium break-words">{entry.label}</span> {entry.outcomeLabel}
        </li>
      ))}
    </ol>
  );
}
