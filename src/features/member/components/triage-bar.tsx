import type { TriageParams, TriageSummary } from '../lib/triage';
import { summaryText } from '../lib/triage';
import { TriageControls } from './triage-controls';

type Props = {
  summary: TriageSummary;
  /** Groups the filters leave on screen. */
  shown: number;
  params: TriageParams;
  onChange: (next: TriageParams) => void;
  trackingOptions: { value: string; label: string }[];
};

/**
 * The sticky bar over the groups: "N groups · N met this period · N at risk" (a status, so a change
 * is announced), how many the filters show, and the sort and filter controls.
 */
export function TriageBar({ summary, shown, params, onChange, trackingOptions }: Props) {
  const filtered = shown !== summary.groups;
  return (
    <div
      role="region"
      aria-label="Group summary"
      className="sticky top-0 z-10 -mx-1 flex flex-wrap items-end justify-between gap-x-6 gap-y-2 rounded-b-lg border-b border-border bg-bg/95 px-1 py-2 backdrop-blur-sm print:static"
    >
      <p role="status" className="min-w-0 text-sm">
        <span className="font-semibold">{summaryText(summary)}</span>
        {filtered ? (
          <span className="text-fg-muted">{` · showing ${shown} of ${summary.groups}`}</span>
        ) : null}
      </p>
      <TriageControls params={params} onChange={onChange} trackingOptions={trackingOptions} />
    </div>
  );
}
