import type { StreakRuns } from '../lib/streak-runs';

/** "Current run N" and "Best run N" beside the streak timeline, with what counts as a run. */
export function StreakRunsSummary({ groupName, runs }: { groupName: string; runs: StreakRuns }) {
  return (
    <div className="text-sm">
      <ul aria-label={`Runs of ${groupName}`} className="flex flex-wrap gap-x-5 gap-y-1">
        <li>
          Current run <strong className="tabular-nums">{runs.current}</strong>
        </li>
        <li>
          Best run <strong className="tabular-nums">{runs.best}</strong>
        </li>
      </ul>
      <p className="mt-0.5 text-xs text-fg-muted">
        {runs.continuous
          ? 'Periods met in a row; a missed period ends a run.'
          : 'Met periods counted; a miss does not break a non-continuous streak.'}
        {runs.periods <= 1
          ? ' Counted over the loaded cycle only: switch on “Show all cycles” for every cycle.'
          : null}
      </p>
    </div>
  );
}
