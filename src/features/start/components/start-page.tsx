import { DemoMembers } from './demo-members';
import { MemberIdForm } from './member-id-form';

export function StartPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <title>Member Progress</title>
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">Member Progress</h1>
        <p className="text-fg-muted">Open a member to see how they stand on every goal.</p>
      </div>
      <div className="rounded-xl border border-border bg-surface p-5 shadow-xs">
        <MemberIdForm />
      </div>
      <DemoMembers />
    </div>
  );
}
