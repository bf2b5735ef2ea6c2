import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * What the dashboard may believe about the client. X-Forwarded-* headers are anyone's to write, so
 * they count only from a proxy the operator vouched for: TRUST_PROXY=true, or (header mode) a request
 * that carries the proxy secret.
 */
export type TrustCheck = (c: Context) => boolean;

function socketAddress(c: Context): string {
  const env = c.env as Partial<HttpBindings> | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The client's address: the socket's, or the nearest hop the trusted proxy recorded. */
export function clientAddress(c: Context, trusted: TrustCheck): string {
  return trusted(c) ? forwardedAddress(c.req.header('x-forwarded-for'), socketAddress(c)) : socketAddress(c);
}

/** The nearest hop of a trusted X-Forwarded-For, else the socket's address. */
export function forwardedAddress(forwardedFor: string | undefined, socket: string): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return hops.at(-1) ?? socket;
}

/** Served over https: our own TLS (not used today), or TLS ended by the trusted proxy in front. */
export function servedOverHttps(c: Context, trusted: TrustCheck): boolean {
  if (c.req.url.startsWith('https:')) return true;
  return forwardedHttps(c.req.header('x-forwarded-proto'), () => trusted(c));
}

/** X-Forwarded-Proto says https, and the proxy that wrote it is trusted. */
export function forwardedHttps(forwardedProto: string | undefined, trusted: () => boolean): boolean {
  const proto = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' && trusted();
}
