import { cn } from '../../../lib/cn';
import type { PeriodOutcome } from '../lib/period-state';

const fills: Record<PeriodOutcome | 'cap', string> = {
  met: 'bg-met',
  'in-progress': 'bg-progress',
  missed: 'bg-upcoming',
  upcoming: 'bg-upcoming',
  cap: 'bg-accent',
};

type ProgressBarProps = {
  label: string;
  valueNow: number;
  valueMax: number;
  valueText: string;
  /** 0–100, already clamped. */
  fillPercent: number;
  /** Milestone positions (0–100); decorative, the milestone list says the same in words. */
  markers: number[];
  tone: PeriodOutcome | 'cap';
  className?: string;
};

/** One period's bar: an ARIA progressbar whose name and value text carry everything it shows. */
export function ProgressBar({
  label,
  valueNow,
  valueMax,
  valueText,
  fillPercent,
  markers,
  tone,
  className,
}: ProgressBarProps) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={valueMax}
      aria-valuenow={valueNow}
      aria-valuetext={valueText}
      className={cn('relative h-2 w-full rounded-full bg-track', className)}
    >
      <div className={cn('h-full rounded-full', fills[tone])} style={{ width: `${fillPercent}%` }} />
      {markers.length > 0 ? (
        <div aria-hidden="true">
          {markers.map((position) => (
            <span
              key={position}
              data-marker=""
              className="absolute -top-0.5 h-3 w-0.5 -translate-x-1/2 rounded-full bg-marker/70"
              style={{ left: `${position}%` }}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
