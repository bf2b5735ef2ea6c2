import { z } from 'zod';

import { apiMessageSchema, envelopeSchema, type ApiMessage } from '../../contract/envelope';
import { listOf } from '../../contract/primitives';
import { isPositiveJavaLong } from '../validation';

import type { UpstreamResponse } from './http-client';
import { isJsonObject, parseJson } from './json';
import { scanJson, type Span } from './json-scan';
import { retryAfterSeconds } from './retry-after';

import type { LookupResult, MemberTargetsResult, SourceMessage } from './source';

/**
 * 4xx statuses that describe our exchange with Capillary, not the member: passing them on would tell
 * the browser its request was wrong when the proxy's was.
 */
const PROXY_FAULT_4XX = new Set([405, 406, 407, 408, 411, 413, 414, 415, 417, 421, 426, 431]);

/** 401 means "these credentials are not (or no longer) accepted"; older Capillary APIs said 498. */
export const isAuthRefusal = (status: number) => status === 401 || status === 498;

/** A refusal needs no `data` (Capillary's own example: `{"errors":[{"code":310011,…}]}`). */
const refusalSchema = z.looseObject({ errors: listOf(apiMessageSchema), warnings: listOf(apiMessageSchema) });

const MAX_MESSAGES = 20;
const MAX_MESSAGE_LENGTH = 300;

export type Redact = (text: string) => string;

/**
 * Upstream words reach the browser (the UI shows them beside ours), so they are reduced to text:
 * no HTML, no links, no upstream host name, bounded in length.
 */
export function createRedactor(upstreamHost: string): Redact {
  const escaped = upstreamHost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const host = new RegExp(escaped, 'gi');
  return (text) =>
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[link removed]')
      .replace(host, '[upstream]')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_MESSAGE_LENGTH);
}

function clean(list: ApiMessage[], redact: Redact): SourceMessage[] {
  return list.slice(0, MAX_MESSAGES).map((m) => ({
    code: typeof m.code === 'number' || typeof m.code === 'string' ? m.code : null,
    message: redact(m.message ?? ''),
  }));
}

type Failed = Extract<MemberTargetsResult, { outcome: 'failed' }>;
type Rejected = Extract<MemberTargetsResult, { outcome: 'rejected' }>;

const failedWith = (failure: 'badResponse' | 'credentialsRefused' | 'failed', status: number): Failed => ({
  outcome: 'failed',
  failure,
  upstreamStatus: status,
});

/** Any non-2xx answer, the same for every endpoint; 401/403 are handled by the caller first. */
function interpretRefusal(res: UpstreamResponse, redact: Redact): Failed | Rejected {
  const { status } = res;
  if (isAuthRefusal(status) || status === 403) return failedWith('credentialsRefused', status);
  if (status === 429) {
    const retryAfter = retryAfterSeconds(res.headers['retry-after']);
    return {
      outcome: 'failed',
      failure: 'rateLimited',
      retryAfterSeconds: retryAfter,
      upstreamStatus: status,
    };
  }
  if (status >= 400 && status < 500 && !PROXY_FAULT_4XX.has(status)) {
    const json = parseJson(res.body);
    const envelope = isJsonObject(json) ? refusalSchema.safeParse(json) : undefined;
    if (!envelope?.success) return failedWith('badResponse', status);
    return {
      outcome: 'rejected',
      status,
      errors: clean(envelope.data.errors, redact),
      warnings: clean(envelope.data.warnings, redact),
      upstreamStatus: status,
    };
  }
  return failedWith('failed', status);
}

const messageListSchema = envelopeSchema.shape.errors;
const NULL_BYTES = [0x6e, 0x75, 0x6c, 0x6c];

/** `null` or `[]`: the usual value of `errors` and `warnings` in a success, valid without a parse. */
function isTrivialList(bytes: Uint8Array, span: Span): boolean {
  const length = span.end - span.start;
  if (length === 2) return bytes[span.start] === 0x5b && bytes[span.start + 1] === 0x5d;
  return length === 4 && NULL_BYTES.every((c, k) => bytes[span.start + k] === c);
}

/**
 * The same verdict as `envelopeSchema.safeParse(JSON.parse(text)).success` for an object, without
 * parsing the member: the scan proves the bytes are one complete JSON object with a `data` key, and
 * only the values of `errors` and `warnings` (small, usually `null` or `[]`) are parsed and checked
 * by the schema.
 */
export function isEnvelope(bytes: Uint8Array): boolean {
  const scan = scanJson(bytes, true);
  if (!scan?.isObject || !scan.hasData) return false;
  for (const span of [scan.errors, scan.warnings]) {
    if (span === null || isTrivialList(bytes, span)) continue;
    const part = Buffer.from(bytes.buffer, bytes.byteOffset + span.start, span.end - span.start);
    if (!messageListSchema.safeParse(JSON.parse(part.toString('utf8'))).success) return false;
  }
  return true;
}

/** Turns Capillary's answer to getUserTargets into a result; 401/403 are handled by the caller first. */
export function interpretTargets(res: UpstreamResponse, redact: Redact): MemberTargetsResult {
  const { status } = res;
  if (status >= 200 && status < 300) {
    // Forward the upstream bytes unchanged; the scan only proves they are one whole envelope.
    if (!isEnvelope(res.body)) return failedWith('badResponse', status);
    return { outcome: 'found', status, body: res.body, upstreamStatus: status };
  }
  return interpretRefusal(res, redact);
}

/** Capillary's "no such customer" codes of the v2 lookup (capillary-notes.md), whatever the HTTP status. */
export const LOOKUP_NOT_FOUND_CODES: ReadonlySet<number> = new Set([8015, 8065, 816, 1012]);

const isNotFound = (errors: SourceMessage[]) =>
  errors.some((e) => LOOKUP_NOT_FOUND_CODES.has(Number(e.code)));

/** v2 answers `{"entity": <userId>, "warnings": []}`; a failure carries `errors`, often with HTTP 200. */
const lookupSchema = z.looseObject({
  entity: z.unknown(),
  errors: listOf(apiMessageSchema),
  warnings: listOf(apiMessageSchema),
});

/**
 * The found id as a canonical string. A number past 2^53 has lost digits in JSON.parse, so its
 * digits are read from the bytes themselves (the only top-level `"entity": 123…` of the answer).
 */
function entityId(entity: unknown, body: Uint8Array): string | null {
  if (typeof entity === 'string') return isPositiveJavaLong(entity) ? entity : null;
  if (typeof entity !== 'number' || !Number.isInteger(entity) || entity <= 0) return null;
  if (Number.isSafeInteger(entity)) return String(entity);
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const matches = [...text.matchAll(/"entity"\s*:\s*([0-9]+)\s*[,}]/g)];
  const digits = matches.length === 1 ? matches[0]?.[1] : undefined;
  return digits !== undefined && isPositiveJavaLong(digits) ? digits : null;
}

/**
 * Turns Capillary's answer to the v2 customer lookup into a result. "Not found" (8015 and kin) is a
 * 404 whatever status it came with; other errors in a 2xx are a refusal of the input (400).
 */
export function interpretLookup(res: UpstreamResponse, redact: Redact): LookupResult {
  const { status } = res;
  if (status >= 200 && status < 300) {
    const json = parseJson(res.body);
    const parsed = isJsonObject(json) ? lookupSchema.safeParse(json) : undefined;
    if (!parsed?.success) return failedWith('badResponse', status);
    const errors = clean(parsed.data.errors, redact);
    const warnings = clean(parsed.data.warnings, redact);
    if (errors.length > 0) {
      return {
        outcome: 'rejected',
        status: isNotFound(errors) ? 404 : 400,
        errors,
        warnings,
        upstreamStatus: status,
      };
    }
    const userId = entityId(parsed.data.entity, res.body);
    if (userId === null) return failedWith('badResponse', status);
    return { outcome: 'found', userId, warnings, upstreamStatus: status };
  }
  const result = interpretRefusal(res, redact);
  if (result.outcome === 'rejected' && isNotFound(result.errors)) return { ...result, status: 404 };
  return result;
}
