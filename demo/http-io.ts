import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Json } from './model';

/** Capillary's v3 error envelope: `{data: null, errors: [{code, message}], warnings: null}`. */
export function errorEnvelope(code: number, message: string): Json {
  return { data: null, errors: [{ code, message }], warnings: null };
}

export const UNAUTHORIZED = errorEnvelope(401, 'Unauthorized');
export const NOT_FOUND = errorEnvelope(404, 'Not Found');
export const INVALID_USER_ID = errorEnvelope(310011, 'Invalid userId');

export function sendJson(res: ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The request body as JSON, or undefined when it is not JSON or larger than `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit = 16_384): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return undefined;
    chunks.push(buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
