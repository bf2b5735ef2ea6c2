import { currentFirst, type TargetView } from '../lib/period-view';
import { PeriodItem } from './period-item';

/**
 * One target with every period the response holds. The current period comes first and spans the row;
 * the others follow in period order in a compact grid, so 24+ cycles stay scannable. With `history`
 * false (a long member still being drawn) only the current period is drawn; the rest follow.
 */
export function TargetBlock({
  target,
  capping,
  history = true,
}: {
  target: TargetView;
  capping: boolean;
  history?: boolean;
}) {
  const all = currentFirst(target.periods);
  const periods = history ? all : all.filter((p) => p.state === 'current');
  return (
    <div className="min-w-0">
      <h4 className="font-semibold break-words">{target.name}</h4>
      <p className="mt-0.5 text-xs text-fg-muted">
        {target.kind}
        {target.currency ? ` · Counted in ${target.currency}` : ''}
        {target.eventName ? ` · Event ${target.eventName}` : ''}
      </p>
      {periods.length > 0 ? (
        <ul
          aria-label={`Periods of ${target.name}`}
          className="mt-3 grid gap-2 sm:grid-cols-2 xl:grid-cols-3"
        >
          {periods.map((period) => (
            <PeriodItem key={period.key} period={period} capping={capping} />
          ))}
        </ul>
      ) : all.length === 0 && history ? (
        <p className="mt-2 text-sm text-fg-muted">No periods for this target.</p>
      ) : null}
    </div>
  );
}
