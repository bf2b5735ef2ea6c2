import type { TargetGroupsQuery } from './upstream/source';

const LONG_MAX = 9223372036854775807n;
const CANONICAL_POSITIVE = /^[1-9][0-9]{0,18}$/;

/**
 * A positive Java Long in canonical decimal: no sign, no leading zero, no spaces, no encoding, at most
 * 9223372036854775807 (capillary-notes.md). Kept as a string end to end.
 */
export function isPositiveJavaLong(value: string): boolean {
  return CANONICAL_POSITIVE.test(value) && (value.length < 19 || BigInt(value) <= LONG_MAX);
}

const BOOLEAN_PARAMS = ['includeInactiveTargets', 'includeInactive'] as const;

export type QueryCheck = { ok: true; query: TargetGroupsQuery } | { ok: false; problem: string };

function single(params: URLSearchParams, name: string): string | undefined | null {
  const values = params.getAll(name);
  if (values.length > 1) return null;
  return values[0];
}

/**
 * Keeps only getUserTargets' documented parameters; anything else is dropped, never forwarded.
 * A documented one with a value Capillary would not read the same way is refused rather than guessed.
 */
export function checkTargetGroupsQuery(params: URLSearchParams): QueryCheck {
  const query: TargetGroupsQuery = {};
  for (const name of BOOLEAN_PARAMS) {
    const value = single(params, name);
    if (value === null) return { ok: false, problem: `${name} may be given only once.` };
    if (value === undefined) continue;
    if (value !== 'true' && value !== 'false') {
      return { ok: false, problem: `${name} must be true or false.` };
    }
    query[name] = value === 'true';
  }
  const ruleId = single(params, 'targetRuleId');
  if (ruleId === null) return { ok: false, problem: 'targetRuleId may be given only once.' };
  if (ruleId !== undefined) {
    if (!isPositiveJavaLong(ruleId)) {
      return { ok: false, problem: 'targetRuleId must be a positive whole number (a target rule ID).' };
    }
    query.targetRuleId = ruleId;
  }
  return { ok: true, query };
}
