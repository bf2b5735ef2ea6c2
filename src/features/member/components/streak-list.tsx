import { Badge, type BadgeTone } from '../../../components/ui/badge';
import type { StreakView } from '../lib/streak-timeline';

const statusTones: Record<string, BadgeTone> = {
  Achieved: 'met',
  'In progress': 'progress',
  Dropped: 'neutral',
};

/** Each streak of a group: name, status in words, "2 of 5", and where it was completed. */
export function StreakList({ groupName, streaks }: { groupName: string; streaks: StreakView[] }) {
  return (
    <ul aria-label={`Streaks of ${groupName}`} className="space-y-2">
      {streaks.map((streak) => (
        <li key={streak.key} className="min-w-0 rounded-lg border border-border px-3 py-2 text-sm">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            <span className="min-w-0 font-medium break-words">{streak.name}</span>{' '}
            <Badge tone={statusTones[streak.status] ?? 'neutral'}>{streak.status}</Badge>{' '}
            <span className="tabular-nums text-fg-muted">{streak.count}</span>
          </div>
          {streak.achieved ? <p className="mt-0.5 text-xs text-fg-muted">{streak.achieved}</p> : null}
        </li>
      ))}
    </ul>
  );
}
