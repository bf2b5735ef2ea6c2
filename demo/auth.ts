import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Capillary's two ways in (../shared/api/capillary-notes.md, "Authentication"):
 * Basic `base64(till + ':' + md5hex(password))`, or an OAuth token from /v3/oauth/token/generate
 * sent as `X-CAP-API-OAUTH-TOKEN`. The demo checks both exactly, so a proxy bug shows up as a 401.
 */
export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${md5Hex(password)}`, 'utf8').toString('base64')}`;
}

export type AuthOptions = {
  username: string;
  password: string;
  clientKey?: string;
  clientSecret?: string;
  tokenTtlSeconds: number;
};

export type IssuedToken = { accessToken: string; ttlSeconds: number };

export type Gatekeeper = {
  isAuthorized(headers: IncomingHttpHeaders): boolean;
  /** A fresh token for the right key and secret; null otherwise (and always when OAuth is not configured). */
  issueToken(key: unknown, secret: unknown): IssuedToken | null;
};

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

function single(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value.trim() : null;
}

export function createGatekeeper(options: AuthOptions): Gatekeeper {
  const expectedCredentials = `${options.username}:${md5Hex(options.password)}`;
  // Token → expiry (epoch ms). Real time, not the demo's `today`: tokens live for seconds.
  const tokens = new Map<string, number>();

  const basicOk = (header: string | null) => {
    const match = header === null ? null : /^Basic\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return false;
    return sameText(Buffer.from(match[1], 'base64').toString('utf8'), expectedCredentials);
  };

  const tokenOk = (token: string | null) => {
    if (!token) return false;
    const expiresAt = tokens.get(token);
    if (expiresAt === undefined) return false;
    if (Date.now() < expiresAt) return true;
    tokens.delete(token);
    return false;
  };

  return {
    isAuthorized: (headers) =>
      basicOk(single(headers.authorization)) || tokenOk(single(headers['x-cap-api-oauth-token'])),
    issueToken(key, secret) {
      const { clientKey, clientSecret } = options;
      if (!clientKey || !clientSecret || typeof key !== 'string' || typeof secret !== 'string') return null;
      if (!sameText(key, clientKey) || !sameText(secret, clientSecret)) return null;
      const accessToken = `demo.${randomBytes(24).toString('base64url')}`;
      tokens.set(accessToken, Date.now() + options.tokenTtlSeconds * 1000);
      return { accessToken, ttlSeconds: options.tokenTtlSeconds };
    },
  };
}
