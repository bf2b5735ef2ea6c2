import type { Deadline } from './failure';

/** The complete header set of one upstream request: built from scratch, nothing of the browser's. */
export type Credentials = { readonly headers: Readonly<Record<string, string>> };

/** How the adapter proves who it is to Capillary (capillary-notes.md, "Authentication"). */
export interface UpstreamAuth {
  credentials(deadline: Deadline): Promise<Credentials>;
  /**
   * Capillary answered 401 to a request made with `used`. True when fresh credentials are worth
   * exactly one retry (an expired OAuth token); false when they would be refused again.
   */
  refused(used: Credentials): boolean;
}

/** Sent on every upstream request (the notes: "Send `Accept: application/json`"). */
export const BASE_HEADERS = {
  accept: 'application/json',
  'user-agent': 'member-progress-proxy',
} as const;
