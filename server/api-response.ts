import type { Context } from 'hono';

import type { ProxyErrorCode } from '../contract/error-codes';

import type { AppEnv } from './app-env';

/**
 * Every /api answer carries exactly these headers, built from scratch: nothing of the upstream's
 * (Set-Cookie, WWW-Authenticate, Server) can come back, and nothing is cached by a browser or a CDN.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function apiJson(
  status: number,
  body: string | Uint8Array<ArrayBuffer>,
  extraHeaders?: Record<string, string>,
): Response {
  const headers = extraHeaders ? { ...API_HEADERS, ...extraHeaders } : API_HEADERS;
  return new Response(body, { status, headers });
}

export type EnvelopeMessage = { code: string | number | null; message: string };

/** Capillary's envelope, so the browser reads our errors and Capillary's the same way. */
export function envelope(data: unknown, errors: EnvelopeMessage[] = [], warnings: EnvelopeMessage[] = []) {
  return JSON.stringify({ data, errors, warnings });
}

export function apiError(
  c: Context<AppEnv>,
  status: number,
  code: ProxyErrorCode,
  message: string,
  extraHeaders?: Record<string, string>,
): Response {
  c.set('errorCode', code);
  return apiJson(status, envelope(null, [{ code, message }]), extraHeaders);
}
