/**
 * What the routes need from "the system that knows a member's targets". Capillary is phasing the
 * getUserTargets endpoint out (capillary-notes.md), so the routes depend on this shape only; a
 * second source (the loyalty promotions API) implements it without touching the routes.
 */

import type { CancelSignal } from './cancel';

/** The documented query parameters of getUserTargets, already validated. */
export type TargetGroupsQuery = {
  includeInactiveTargets?: boolean;
  includeInactive?: boolean;
  /** A canonical positive Java Long, kept as a string (past 2^53 a number would lose digits). */
  targetRuleId?: string;
};

/** A message as Capillary's envelope carries it, already stripped of anything but code and text. */
export type SourceMessage = { code: number | string | null; message: string };

/** Why a source could not answer; the routes turn each into a status and an MP_ code. */
export type SourceFailure =
  | 'credentialsRefused'
  | 'timeout'
  | 'unreachable'
  | 'badResponse'
  | 'tooLarge'
  | 'redirect'
  | 'rateLimited'
  | 'failed'
  /** The browser went away first; nobody will read the answer. */
  | 'aborted'
  /** The circuit breaker is open: Capillary failed repeatedly and is not called for a while. */
  | 'circuitOpen'
  /** The dashboard's own budget of Capillary calls per minute is spent. */
  | 'budgetExhausted'
  /** Too many Capillary calls in flight already. */
  | 'busy';

/** The request was understood and refused for reasons about the member or the input (4xx). */
export type SourceRejected = {
  outcome: 'rejected';
  status: number;
  errors: SourceMessage[];
  warnings: SourceMessage[];
  upstreamStatus?: number;
};

export type SourceFailed = {
  outcome: 'failed';
  failure: SourceFailure;
  /** When to try again (rateLimited, circuitOpen, budgetExhausted, busy). */
  retryAfterSeconds?: number;
  upstreamStatus?: number;
};

export type MemberTargetsResult =
  /** A complete JSON envelope, to be sent byte for byte with this status. */
  | { outcome: 'found'; status: number; body: Uint8Array<ArrayBuffer>; upstreamStatus?: number }
  | SourceRejected
  | SourceFailed;

/** The identifiers Capillary's customer lookup understands, spelled as it spells them. */
export const IDENTIFIER_NAMES = ['mobile', 'email', 'externalId', 'cardnumber'] as const;
export type IdentifierName = (typeof IDENTIFIER_NAMES)[number];

/** A validated, normalised identifier (validation.ts `checkLookupQuery`); the value is personal data. */
export type CustomerIdentifier = { name: IdentifierName; value: string };

export type LookupResult =
  /** One customer holds the identifier: its userId (a canonical positive Java Long, as a string). */
  | { outcome: 'found'; userId: string; warnings: SourceMessage[]; upstreamStatus?: number }
  /** Not found (8015 and kin, whatever the HTTP status: status 404) or the input refused. */
  | SourceRejected
  | SourceFailed;

/** Anything a source answers: what the breaker and the coalescing need to know of it. */
export type SourceResult = MemberTargetsResult | LookupResult;

export interface MemberTargetsSource {
  /**
   * Every upstream failure is a `failed` result, not a rejection; only a programming error rejects
   * (the app answers it with 500 MP_INTERNAL). `signal` aborts when the browser disconnects (the
   * request's AbortSignal in the app, a lighter `Cancel` on the hot path).
   */
  getUserTargetGroups(
    userId: string,
    query: TargetGroupsQuery,
    signal: CancelSignal,
  ): Promise<MemberTargetsResult>;
  /**
   * Capillary's customer lookup: which member holds this identifier. Same contract as above (only a
   * programming error rejects). The identifier's value must never reach a log line.
   */
  lookupCustomer(identifier: CustomerIdentifier, signal: CancelSignal): Promise<LookupResult>;
  /** Closes pooled connections (graceful shutdown). */
  close(): Promise<void>;
}
