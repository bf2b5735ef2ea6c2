import { z } from 'zod';

import { listOf } from './primitives';

/**
 * Capillary's envelope `{data, errors: [{code, message}], warnings}`. `errors` / `warnings` may be
 * null, absent or []; v2 items carry an extra `status`; a warning may be a bare string.
 * Our proxy answers in the same envelope; its own codes are strings prefixed `MP_`
 * (docs/decisions/004-error-envelope.md), Capillary's are numbers.
 */
export const apiMessageSchema = z.union([
  z.string().transform((message) => ({ code: null, message })),
  z
    .looseObject({
      code: z.union([z.number(), z.string()]).nullish(),
      message: z.string().nullish(),
    })
    .transform((m) => ({ ...m, code: m.code ?? null, message: m.message ?? null })),
]);

export type ApiMessage = z.infer<typeof apiMessageSchema>;

export const envelopeSchema = z.looseObject({
  data: z.unknown(),
  errors: listOf(apiMessageSchema),
  warnings: listOf(apiMessageSchema),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** Error codes of our own proxy (never Capillary's numbers). */
export const PROXY_ERROR_CODES = {
  invalidRequest: 'MP_INVALID_REQUEST',
  notFound: 'MP_NOT_FOUND',
  methodNotAllowed: 'MP_METHOD_NOT_ALLOWED',
  credentialsRefused: 'MP_UPSTREAM_CREDENTIALS_REFUSED',
  upstreamFailed: 'MP_UPSTREAM_FAILED',
  upstreamBadBody: 'MP_UPSTREAM_BAD_RESPONSE',
  upstreamTooLarge: 'MP_UPSTREAM_TOO_LARGE',
  upstreamRedirect: 'MP_UPSTREAM_REDIRECT',
  upstreamTimeout: 'MP_UPSTREAM_TIMEOUT',
  upstreamUnreachable: 'MP_UPSTREAM_UNREACHABLE',
  internal: 'MP_INTERNAL',
} as const;

export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[keyof typeof PROXY_ERROR_CODES];

/** Capillary's code for an unknown or invalid member (capillary-notes.md). */
export const CAPILLARY_INVALID_USER_ID = 310011;
