import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { cn } from '../../../lib/cn';
import type { PeriodState } from '../lib/period-state';
import type { PeriodView } from '../lib/period-view';
import { MilestoneList } from './milestone-list';
import { ProgressBar } from './progress-bar';

const stateTones: Record<PeriodState, BadgeTone> = {
  current: 'accent',
  past: 'neutral',
  upcoming: 'upcoming',
};

function OutcomeBadge({ period, capping }: { period: PeriodView; capping: boolean }) {
  if (capping) return period.capReached ? <Badge tone="progress">Cap reached</Badge> : null;
  if (period.outcome === 'met') return <Badge tone="met">Target met</Badge>;
  if (period.outcome === 'missed') return <Badge tone="neutral">Not met</Badge>;
  return null;
}

/**
 * One period of one target: its state in words, the figures, the bar and its milestones. The current
 * period stands out (accent border) and says so.
 */
export function PeriodItem({ period, capping }: { period: PeriodView; capping: boolean }) {
  const current = period.state === 'current';
  return (
    <li
      className={cn(
        'min-w-0 rounded-lg border p-3',
        current ? 'border-accent bg-surface ring-1 ring-accent sm:col-span-full' : 'border-border bg-surface',
      )}
    >
      <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
        <p className={cn('min-w-0 break-words', current ? 'font-semibold' : 'text-sm font-medium')}>
          {period.refCode ?? 'Period'}
        </p>{' '}
        <Badge tone={stateTones[period.state]}>{period.stateLabel}</Badge>{' '}
        <OutcomeBadge period={period} capping={capping} />
      </div>
      {period.dateRange ? <p className="mt-0.5 text-xs text-fg-muted">{period.dateRange}</p> : null}
      <p className={cn('mt-2 tabular-nums', current ? 'text-base font-medium' : 'text-sm')}>
        {period.valueText}
      </p>
      <ProgressBar
        className="mt-1.5"
        label={period.label}
        valueNow={period.progress.valueNow}
        valueMax={period.progress.valueMax}
        valueText={period.valueText}
        fillPercent={period.progress.fillPercent}
        markers={period.milestones.filter((m) => m.marker).map((m) => m.positionPercent ?? 0)}
        tone={capping ? 'cap' : period.outcome}
      />
      {period.reachedOn ? <p className="mt-1.5 text-xs text-fg-muted">{period.reachedOn}</p> : null}
      <MilestoneList milestones={period.milestones} capping={capping} />
    </li>
  );
}
