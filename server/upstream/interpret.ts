import { z } from 'zod';

import { apiMessageSchema, envelopeSchema, type ApiMessage } from '../../contract/envelope';
import { listOf } from '../../contract/primitives';

import type { UpstreamResponse } from './http-client';
import { isJsonObject, parseJson } from './json';
import { retryAfterSeconds } from './retry-after';
import type { MemberTargetsResult, SourceMessage } from './source';

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

/** Turns Capillary's answer to getUserTargets into a result; 401/403 are handled by the caller first. */
export function interpretTargets(res: UpstreamResponse, redact: Redact): MemberTargetsResult {
  const { status } = res;
  const fail = (failure: 'badResponse' | 'credentialsRefused' | 'failed') =>
    ({ outcome: 'failed', failure, upstreamStatus: status }) as const;

  if (status >= 200 && status < 300) {
    const json = parseJson(res.body);
    // Forward the upstream bytes unchanged; parsing only proves they are one whole envelope.
    if (!isJsonObject(json) || !envelopeSchema.safeParse(json).success) return fail('badResponse');
    return { outcome: 'found', status, body: res.body, upstreamStatus: status };
  }
  if (isAuthRefusal(status) || status === 403) return fail('credentialsRefused');
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
    if (!envelope?.success) return fail('badResponse');
    return {
      outcome: 'rejected',
      status,
      errors: clean(envelope.data.errors, redact),
      warnings: clean(envelope.data.warnings, redact),
      upstreamStatus: status,
    };
  }
  return fail('failed');
}
