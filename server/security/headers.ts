import type { MiddlewareHandler } from 'hono';

import type { AppEnv } from '../app-env';

import { servedOverHttps, type TrustCheck } from './client';

/**
 * The SPA's Content-Security-Policy. The production build (dist/index.html) has no inline script or
 * style: one module script and one stylesheet from /assets/. React sets `style` props through the
 * CSSOM, which `style-src` does not govern, so no 'unsafe-inline' is needed anywhere
 * (docs/decisions/011-security-headers.md; scripts/csp-check.ts counts violations in Chromium).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Anything that is not a page (JSON, scripts, files) may load nothing and be framed by nobody. */
export const NON_HTML_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Powerful features the dashboard never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** One year, the subdomains left to the operator (other hosts under the domain may not have TLS). */
export const HSTS = 'max-age=31536000';

/** The policy headers of every answer that is not a page (the API's JSON, files), HSTS aside. */
export const NON_HTML_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy': NON_HTML_POLICY,
};

/**
 * The header policy of every response, set after the handler so no route can forget it. HSTS only
 * over https: over plain http a browser ignores it, and sending it would claim what is not true.
 * The hot path (hot-path.ts) sends NON_HTML_SECURITY_HEADERS (and HSTS by the same rule) itself.
 */
export function securityHeaders(trusted: TrustCheck): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const isHtml = headers.get('content-type')?.startsWith('text/html') === true;
    for (const [name, value] of Object.entries(NON_HTML_SECURITY_HEADERS)) headers.set(name, value);
    if (isHtml) {
      headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
      headers.set('permissions-policy', PERMISSIONS_POLICY);
      headers.set('cross-origin-opener-policy', 'same-origin');
      headers.set('x-frame-options', 'DENY');
    }
    if (servedOverHttps(c, trusted)) headers.set('strict-transport-security', HSTS);
    headers.delete('access-control-allow-origin');
  };
}
