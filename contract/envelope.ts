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

export { CAPILLARY_INVALID_USER_ID, PROXY_ERROR_CODES } from './error-codes';
