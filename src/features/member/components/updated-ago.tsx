import { useEffect, useState } from 'react';

import { formatDateTime } from '../../../lib/format';
import { describeMemberError } from '../lib/describe-error';
import { nextTickMs, updatedAgoText } from '../lib/updated-ago';
import { actionButton } from './action-button';

/** "Now", moved on exactly when the "… ago" text would change: each second at first, then coarser. */
function useClockFor(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), nextTickMs(now - since));
    return () => clearTimeout(timer);
  }, [now, since]);
  return now;
}

function RefreshIcon({ spinning }: { spinning: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={spinning ? 'size-4 animate-spin motion-reduce:animate-none' : 'size-4'}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M21 12a9 9 0 1 1-2.6-6.4M21 3v6h-6" />
    </svg>
  );
}

type Props = {
  userId: string;
  /** When the data on screen arrived (epoch ms). */
  updatedAt: number;
  refreshing: boolean;
  /** Why the last refresh failed; the data on screen stays. */
  error: unknown;
  onRefresh: () => void;
};

/**
 * "Updated 12 s ago" and a Refresh button. The ticking text is not a live region (it would speak every
 * second); a failed refresh is announced, beside the time, while the older data stays on screen.
 */
export function UpdatedAgo({ userId, updatedAt, refreshing, error, onRefresh }: Props) {
  const now = useClockFor(updatedAt);
  const exact = formatDateTime({ raw: '', epochMs: updatedAt, dateOnly: false });
  const failure = error ? describeMemberError(error, userId) : null;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2">
      <p className="text-sm text-fg-muted tabular-nums">
        Updated{' '}
        <time dateTime={new Date(updatedAt).toISOString()} title={exact}>
          {updatedAgoText(now - updatedAt)}
        </time>
      </p>
      <button
        type="button"
        onClick={onRefresh}
        aria-disabled={refreshing || undefined}
        className={actionButton}
      >
        <RefreshIcon spinning={refreshing} />
        Refresh
      </button>
      {failure ? (
        // An inserted role=alert is announced at once; the data it refers to stays on screen.
        <p role="alert" className="min-w-0 text-sm break-words text-danger-text">
          {`Refresh failed: ${failure.reason.replace(/\.$/, '')}.`}
        </p>
      ) : null}
    </div>
  );
}
