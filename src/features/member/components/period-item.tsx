import { Badge, type BadgeTone } from '../../../components/ui/badge';
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

function PeriodBar({ period, capping }: { period: PeriodView; capping: boolean }) {
  return (
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
  );
}

/**
 * One period of one target: its state in words, the figures, the bar and its milestones. The current
 * period stands out (accent border, full width) with a list of its milestones; past and upcoming periods
 * say the same things more compactly (the milestones on one line), since a member with 60 groups × 24
 * cycles puts 1,440 of them on the page.
 */
export function PeriodItem({ period, capping }: { period: PeriodView; capping: boolean }) {
  if (period.state !== 'current') return <CompactPeriodItem period={period} capping={capping} />;
  return (
    <li className="min-w-0 rounded-lg border border-accent bg-surface p-3 ring-1 ring-accent sm:col-span-full">
      <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
        <p className="min-w-0 font-semibold break-words">{period.refCode ?? 'Period'}</p>{' '}
        <Badge tone={stateTones[period.state]}>{period.stateLabel}</Badge>{' '}
        <OutcomeBadge period={period} capping={capping} />
      </div>
      {period.dateRange ? <p className="mt-0.5 text-xs text-fg-muted">{period.dateRange}</p> : null}
      <p className="mt-2 text-base font-medium tabular-nums">{period.valueText}</p>
      <PeriodBar period={period} capping={capping} />
      {period.reachedOn ? <p className="mt-1.5 text-xs text-fg-muted">{period.reachedOn}</p> : null}
      <MilestoneList milestones={period.milestones} capping={capping} />
    </li>
  );
}

function CompactPeriodItem({ period, capping }: { period: PeriodView; capping: boolean }) {
  const dates = [period.dateRange, period.reachedOn].filter(Boolean).join(' · ');
  return (
    <li className="min-w-0 rounded-lg border border-border bg-surface p-3">
      <p className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm font-medium break-words">
        {period.refCode ?? 'Period'} <Badge tone={stateTones[period.state]}>{period.stateLabel}</Badge>{' '}
        <OutcomeBadge period={period} capping={capping} />
      </p>
      {dates ? <p className="mt-0.5 text-xs text-fg-muted">{dates}</p> : null}
      <p className="mt-2 text-sm tabular-nums">{period.valueText}</p>
      <PeriodBar period={period} capping={capping} />
      {period.milestones.length > 0 ? (
        <p className="mt-2 text-xs text-fg-muted">
          <span className="font-medium">Milestones:</span>{' '}
          {period.milestones.map((m) => `${m.name} ${m.valueText} ${m.statusText}`).join(' · ')}
        </p>
      ) : null}
    </li>
  );
}
