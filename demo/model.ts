/**
 * The demo's in-memory shape of a member. Generated members keep what the response needs plus the
 * flags Capillary's query parameters act on (`active`), so one record answers every query.
 */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The identifiers store staff search by (GET /v2/customers/lookup `identifierName`). */
export const IDENTIFIER_NAMES = ['mobile', 'email', 'externalId', 'cardnumber'] as const;
export type IdentifierName = (typeof IDENTIFIER_NAMES)[number];
export type MemberIdentifier = { name: IdentifierName; value: string };

/** One target with every cycle it has; each period is a full target-period object of the response. */
export type DemoTarget = {
  targetRuleId: number;
  /** false: deactivated, returned only with includeInactiveTargets=true. */
  active: boolean;
  periods: JsonObject[];
};

export type DemoGroup = {
  active: boolean;
  /** The group's fields in response order; `targets` is a placeholder filled when rendering. */
  fields: JsonObject;
  /** A deliberately malformed `targets` value, sent as is whatever the query (the per-group error card). */
  brokenTargets?: Json;
  targets: DemoTarget[];
};

export type MemberRecord =
  | {
      kind: 'recording';
      userId: string;
      identifiers: MemberIdentifier[];
      /** A reference page example, the whole envelope. */
      envelope: JsonObject;
    }
  | {
      kind: 'generated';
      userId: string;
      identifiers: MemberIdentifier[];
      customer: JsonObject;
      groups: DemoGroup[];
      warnings: Json[] | null;
    };

/** The query parameters of GET /v3/users/{userId}/targetGroups that change the answer. */
export type TargetQuery = {
  includeInactive: boolean;
  includeInactiveTargets: boolean;
  targetRuleId: string | null;
};
