import { Link } from 'react-router-dom';

import { Notice } from '../../../components/ui/notice';

/** The route's id is not a member id: said plainly, and nothing is asked of the API. */
export function InvalidMemberId({ value }: { value: string }) {
  return (
    <div className="space-y-6">
      <title>Not a member ID · Member Progress</title>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Member</h1>
        <p className="mt-1 text-sm break-all text-fg-muted">{`Member ID ${value}`}</p>
      </div>
      <Notice role="alert" tone="danger" title="That is not a member ID">
        <p>A member ID is digits only, with no leading zero, for example 64035151.</p>
        <p>
          <Link to="/" className="font-medium text-accent-text underline underline-offset-2">
            Open another member
          </Link>
        </p>
      </Notice>
    </div>
  );
}
