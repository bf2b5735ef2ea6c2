import { z } from 'zod';

import { envelopeSchema, type ApiMessage } from './envelope';
import { NOT_READ, readerOf, tryRead } from './fast-reader';
import { idSchema } from './primitives';
import { customerSchema, targetGroupSchema, type Customer, type TargetGroup } from './target-groups';

/**
 * Parses a getUserTargets body section by section, so that one malformed part (the customer, a
 * target group) becomes an error for that part while the rest of the member still renders.
 */

export type SectionError = { message: string };

export type CustomerSection = { ok: true; customer: Customer | null } | ({ ok: false } & SectionError);

export type GroupSection =
  | { ok: true; index: number; group: TargetGroup }
  | ({ ok: false; index: number; id: string | null; name: string | null } & SectionError);

export type MemberTargets = {
  userId: string | null;
  customer: CustomerSection;
  groups: GroupSection[] | SectionError;
};

export type MemberTargetsResponse = {
  data: MemberTargets | null;
  errors: ApiMessage[];
  warnings: ApiMessage[];
};

// `.optional()`: a bare z.unknown() key is required in zod 4, and an absent customer or list reads as null.
const dataShellSchema = z.looseObject({
  userId: idSchema,
  customer: z.unknown().optional(),
  targetGroups: z.unknown().optional(),
});

// The fast readers return exactly what the schemas would; when one declines, zod parses the section
// (and words the error). docs/decisions/017-contract-speed.md
const readTargetGroup = readerOf(targetGroupSchema);
const readCustomer = readerOf(customerSchema);

export class ContractError extends Error {
  override name = 'ContractError';
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

function pick(value: unknown, key: string): string | null {
  if (value && typeof value === 'object' && key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return null;
}

export function parseTargetGroup(raw: unknown, index: number): GroupSection {
  const group = tryRead(readTargetGroup, raw);
  if (group !== NOT_READ) return { ok: true, index, group };
  const result = targetGroupSchema.safeParse(raw);
  if (result.success) return { ok: true, index, group: result.data };
  return {
    ok: false,
    index,
    id: pick(raw, 'id'),
    name: pick(raw, 'name'),
    message: describeIssues(result.error),
  };
}

function parseCustomer(raw: unknown): CustomerSection {
  if (raw === null || raw === undefined) return { ok: true, customer: null };
  const customer = tryRead(readCustomer, raw);
  if (customer !== NOT_READ) return { ok: true, customer };
  const result = customerSchema.safeParse(raw);
  return result.success
    ? { ok: true, customer: result.data }
    : { ok: false, message: describeIssues(result.error) };
}

function parseGroups(raw: unknown): GroupSection[] | SectionError {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) return { message: 'targetGroups: expected a list' };
  return raw.map(parseTargetGroup);
}

/**
 * The whole response. Throws ContractError only when the body is not an envelope at all; anything
 * inside `data` that does not fit the schema is reported per section.
 */
export function parseMemberTargetsResponse(body: unknown): MemberTargetsResponse {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success)
    throw new ContractError(`Not a Capillary response: ${describeIssues(envelope.error)}`);
  const { data, errors, warnings } = envelope.data;
  if (data === null || data === undefined) return { data: null, errors, warnings };
  const shell = dataShellSchema.safeParse(data);
  if (!shell.success) throw new ContractError(`Member data is not an object: ${describeIssues(shell.error)}`);
  return {
    data: {
      userId: shell.data.userId,
      customer: parseCustomer(shell.data.customer),
      groups: parseGroups(shell.data.targetGroups),
    },
    errors,
    warnings,
  };
}
