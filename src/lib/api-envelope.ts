import type { ApiMessage } from '../../contract';
import { isRecord } from './read-answer';

/**
 * The envelope's `errors` and `warnings`, read without the contract's zod schemas: every page's first
 * chunk needs them, the full contract loads with the member page. It reads exactly as
 * contract/envelope.ts does (api-envelope.test.ts checks that the two agree on any body): `null`, absent
 * and `[]` alike for the lists, `data` present; an item is a bare string or an object whose code is a number or a string.
 */
export type EnvelopeMessages = { data: unknown; errors: ApiMessage[]; warnings: ApiMessage[] };

function readMessage(item: unknown): ApiMessage | null {
  if (typeof item === 'string') return { code: null, message: item };
  if (!isRecord(item)) return null;
  const { code, message } = item;
  if (code !== null && code !== undefined && typeof code !== 'number' && typeof code !== 'string')
    return null;
  if (message !== null && message !== undefined && typeof message !== 'string') return null;
  return { ...item, code: code ?? null, message: message ?? null };
}

function readMessages(value: unknown): ApiMessage[] | null {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const messages: ApiMessage[] = [];
  for (const item of value) {
    const message = readMessage(item);
    if (!message) return null;
    messages.push(message);
  }
  return messages;
}

/** The envelope's parts, or null when the body is not an envelope. */
export function readEnvelope(body: unknown): EnvelopeMessages | null {
  // As the contract reads it, `data` must be there (its value may be anything, null included).
  if (!isRecord(body) || !('data' in body)) return null;
  const errors = readMessages(body.errors);
  const warnings = readMessages(body.warnings);
  if (!errors || !warnings) return null;
  return { data: body.data, errors, warnings };
}
