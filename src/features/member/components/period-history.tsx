import { lazy, Suspense, useId, useMemo, useState } from 'react';

import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { periodHistory } from '../lib/history-series';
import type { TargetView } from '../lib/period-view';
import { PeriodHistoryTable } from './period-history-table';

const loadChart = () => import('./period-history-chart');

// Recharts is only fetched once somebody asks for a history: the first paint never waits for it.
const PeriodHistoryChart = lazy(() => loadChart().then((m) => ({ default: m.PeriodHistoryChart })));

/**
 * "Show history" for one target: a chart of every loaded cycle and, as its accessible equivalent,
 * a table with the same figures.
 */
export function PeriodHistory({
  target,
  capping,
  complete = true,
}: {
  target: TargetView;
  capping: boolean;
  /** False while the card holds only the current periods (a long member still being drawn). */
  complete?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const history = useMemo(
    () => (open && complete ? periodHistory(target, capping) : null),
    [open, complete, target, capping],
  );
  return (
    <div className="mt-3 min-w-0">
      <button
        type="button"
        // The visible words come first in the name (WCAG 2.5.3); the target tells the buttons apart.
        aria-label={`${open ? 'Hide history' : 'Show history'} of ${target.name}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        // Start fetching the chart as soon as the pointer or focus is on its way.
        onPointerEnter={() => void loadChart()}
        onFocus={() => void loadChart()}
        className="inline-flex items-center gap-1 rounded-md border border-border-strong bg-surface px-2.5 py-1 text-sm font-medium hover:bg-surface-muted"
      >
        {open ? 'Hide history' : 'Show history'}
      </button>
      <div id={panelId} className="min-w-0">
        {open && !complete ? (
          <p role="status" className="mt-3 text-sm text-fg-muted">
            Drawing every cycle of this member…
          </p>
        ) : null}
        {history ? (
          <div className="mt-3 space-y-3">
            {history.onlyCurrent ? (
              <p className="text-sm text-fg-muted">
                Only the current cycle is loaded. Switch on “Show all cycles” to see every cycle.
              </p>
            ) : null}
            <ErrorBoundary
              fallback={() => (
                <p className="text-sm text-fg-muted">
                  The chart could not be loaded; the table below holds the same figures.
                </p>
              )}
            >
              <Suspense fallback={<p className="h-60 text-sm text-fg-muted">Loading chart…</p>}>
                <PeriodHistoryChart history={history} />
              </Suspense>
            </ErrorBoundary>
            <PeriodHistoryTable name={target.name} history={history} capping={capping} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
