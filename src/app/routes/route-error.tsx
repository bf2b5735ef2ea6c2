import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

import { Notice } from '../../components/ui/notice';
import { AppLayout } from '../layout';

/** What the router shows when a route itself fails (a chunk that did not load, a render error). */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : null;
  return (
    <AppLayout>
      <title>Something went wrong · Member Progress</title>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <Notice role="alert" tone="danger" title="This page could not be shown">
        {detail ? <p className="break-words">{detail}</p> : null}
        <p>
          <Link to="/" className="font-medium text-accent-text underline underline-offset-2">
            Go to the start page
          </Link>
        </p>
      </Notice>
    </AppLayout>
  );
}
