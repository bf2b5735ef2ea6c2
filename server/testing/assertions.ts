import { expect } from 'vitest';

/** What every /api answer must look like, success or failure. */
export function expectApiHeaders(res: Response): void {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect(res.headers.get('set-cookie')).toBeNull();
  expect(res.headers.get('www-authenticate')).toBeNull();
}

/** No upstream internals in an error body: host, port, stack frames, HTML. */
export function expectNoInternals(text: string, upstreamUrl: string): void {
  const { host, hostname, port } = new URL(upstreamUrl);
  expect(text).not.toContain(host);
  expect(text).not.toContain(hostname);
  if (port) expect(text).not.toContain(`:${port}`);
  expect(text).not.toMatch(/<\/?[a-z]+[^>]*>/i);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node:internal|\.ts:\d+/);
  expect(text).not.toMatch(/NullPointerException|capillary\.internal/);
}

export type Envelope = { data: unknown; errors: { code: unknown; message: string }[]; warnings: unknown[] };

export async function readEnvelope(res: Response): Promise<{ text: string; body: Envelope }> {
  const text = await res.text();
  return { text, body: JSON.parse(text) as Envelope };
}
