import { Badge } from '../../../components/ui/badge';
import { cn } from '../../../lib/cn';
import type { PeriodHistory } from '../lib/history-series';

/** The chart's accessible equivalent: every cycle's figures and result, the current one marked in words. */
export function PeriodHistoryTable({
  name,
  history,
  capping,
}: {
  name: string;
  history: PeriodHistory;
  capping: boolean;
}) {
  const caption = `Period history of ${name}`;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="min-w-0 overflow-x-auto rounded-lg">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border-strong text-xs text-fg-muted">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Period
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Dates
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {capping ? 'Used' : 'Achieved'}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">
              {capping ? 'Cap' : 'Target'}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Result
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Milestones reached
            </th>
          </tr>
        </thead>
        <tbody>
          {history.rows.map((row) => (
            <tr
              key={row.key}
              aria-current={row.current ? 'true' : undefined}
              className={cn('border-b border-border', row.current && 'bg-accent-soft/60')}
            >
              <th scope="row" className="py-1.5 pr-3 font-medium break-words">
                {row.period}
                {row.current ? (
                  <>
                    {' '}
                    <Badge tone="accent">Current</Badge>
                  </>
                ) : null}
              </th>
              <td className="py-1.5 pr-3 text-fg-muted">{row.dateRange ?? '—'}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{row.achievedText}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{row.targetText}</td>
              <td className="py-1.5 pr-3">{row.result}</td>
              <td className="py-1.5">{row.milestonesReached.join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
