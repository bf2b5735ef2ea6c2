import { Badge } from '../../../components/ui/badge';
import type { Session } from '../api/get-session';

const ROLE_NAMES = { manager: 'Manager', staff: 'Staff' } as const;

/** "Signed in as asha.rao · Staff": the role says what the person will see (staff: masked contacts). */
export function SignedInAs({ session }: { session: Session }) {
  return (
    <p className="flex min-w-0 items-center gap-2 text-sm">
      <span className="min-w-0 truncate">
        <span className="text-fg-muted">Signed in as </span>
        <span className="font-medium">{session.username}</span>
      </span>
      <Badge tone={session.role === 'manager' ? 'accent' : 'neutral'}>{ROLE_NAMES[session.role]}</Badge>
    </p>
  );
}
