import type { ReactNode } from 'react';

import { DemoMembers } from './demo-members';

type Props = {
  /** The page's main field (the member search, which src/app brings from its own feature). */
  search: ReactNode;
  /** Shown between the search and the demo members (recent members). */
  children?: ReactNode;
};

export function StartPage({ search, children }: Props) {
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <title>Member Progress</title>
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Member Progress</h1>
        <p className="text-fg-muted">Find a member to see how they stand on every goal.</p>
      </div>
      <div className="rounded-xl border border-border bg-surface p-5 shadow-xs">{search}</div>
      {children}
      <DemoMembers />
    </div>
  );
}
