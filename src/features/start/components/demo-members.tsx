import { useId } from 'react';
import { Link } from 'react-router-dom';

import { useAppConfig } from '../api/get-config';
import { useDemoMembers } from '../api/get-demo-members';

/** Shown only when the server runs its demo upstream; if these requests fail it stays away quietly. */
export function DemoMembers() {
  const headingId = useId();
  const config = useAppConfig();
  const demo = config.data?.demo === true;
  const members = useDemoMembers(demo);
  if (!demo || !members.data || members.data.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        Demo members
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {members.data.map((member) => (
          <li key={member.userId} className="min-w-0">
            <Link
              to={`/members/${encodeURIComponent(member.userId)}`}
              className="block h-full rounded-xl border border-border bg-surface p-4 shadow-xs hover:border-accent"
            >
              <span className="block font-medium break-words text-accent-text">{member.name}</span>{' '}
              <span className="block text-xs text-fg-muted tabular-nums">{`Member ID ${member.userId}`}</span>{' '}
              {member.description ? (
                <span className="mt-1 block text-sm break-words text-fg-muted">{member.description}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
