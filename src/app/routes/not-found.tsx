import { Link } from 'react-router-dom';

export function NotFound() {
  return (
    <div className="space-y-3">
      <title>Page not found · Member Progress</title>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-fg-muted">There is nothing at this address.</p>
      <Link to="/" className="font-medium text-accent-text underline underline-offset-2">
        Go to the start page
      </Link>
    </div>
  );
}
