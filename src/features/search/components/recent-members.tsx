import { useId } from 'react';
import { Link } from 'react-router-dom';

import { clearRecentMembers, useRecentMembers } from '../hooks/recent-members-store';
import { openedText } from '../lib/recent-members-view';

/** The members last opened in this browser, for the start page; nothing when there are none. */
export function RecentMembers() {
  const headingId = useId();
  const members = useRecentMembers();
  if (members.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Recent members
        </h2>
        <button
          type="button"
          onClick={clearRecentMembers}
          className="rounded-md px-2 py-1 text-sm font-medium text-accent-text underline-offset-2 hover:underline"
        >
          Clear recent members
        </button>
      </div>
      <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface shadow-xs">
        {members.map((member) => (
          <li key={member.userId}>
            <Link
              to={`/members/${encodeURIComponent(member.userId)}`}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-surface-muted"
            >
              <span className="min-w-0">
                <span className="block font-medium break-words text-accent-text">{member.name}</span>{' '}
                <span className="block text-xs text-fg-muted tabular-nums">{`Member ID ${member.userId}`}</span>
              </span>{' '}
              <span className="text-xs text-fg-muted">{openedText(member.viewedAt)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
