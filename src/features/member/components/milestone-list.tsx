import { Badge } from '../../../components/ui/badge';
import type { MilestoneView } from '../lib/period-view';

/** The milestones of one period in words: name, value, and "Reached" or "N to go". */
export function MilestoneList({ milestones, capping }: { milestones: MilestoneView[]; capping: boolean }) {
  if (milestones.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-xs font-medium text-fg-muted">Milestones</p>
      <ul className="mt-1 space-y-1">
        {milestones.map((milestone) => (
          <li key={milestone.key} className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5 text-xs">
            <span className="min-w-0 font-medium break-words">{milestone.name}</span>{' '}
            <span className="text-fg-muted">{milestone.valueText}</span>{' '}
            <Badge tone={milestone.reached ? (capping ? 'neutral' : 'met') : 'upcoming'}>
              {milestone.statusText}
            </Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
