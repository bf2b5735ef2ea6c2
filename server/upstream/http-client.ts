import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

import { Pool } from 'undici';

import { transportFailure, UpstreamFailure, type Deadline } from './failure';

export type UpstreamClientOptions = {
  baseUrl: URL;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Sockets kept open to the upstream origin. */
  connections?: number;
};

export type UpstreamRequest = {
  method: 'GET' | 'POST';
  /** Path below the base URL, starting with `/`, already built from validated parts only. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  deadline: Deadline;
  /** A tighter body limit than the client's (the token endpoint's answer is tiny). */
  maxBodyBytes?: number;
};

export type UpstreamResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer<ArrayBuffer> };

export type UpstreamClient = {
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
  close(): Promise<void>;
};

/**
 * Drops a body we will not read. undici's body emits an 'error' when destroyed early; without a
 * listener that error would be an uncaught exception and take the process down.
 */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

/**
 * One keep-alive pool for the upstream origin, created once. undici's `request` never follows
 * redirects (v7 moved that to an opt-in interceptor), so a 3xx arrives here and is refused.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const { baseUrl, timeoutMs } = options;
  const pool = new Pool(baseUrl.origin, {
    connections: options.connections ?? 128,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: Math.min(timeoutMs, 10_000) },
  });
  // A base URL may carry a path prefix (a gateway); a trailing slash is tolerated.
  const basePath = baseUrl.pathname.replace(/\/+$/, '');

  async function send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const { deadline } = request;
    const limit = request.maxBodyBytes ?? options.maxBodyBytes;
    let response: Awaited<ReturnType<typeof pool.request>>;
    try {
      response = await pool.request({
        method: request.method,
        path: basePath + request.path,
        headers: request.headers,
        body: request.body ?? null,
        signal: deadline.signal,
      });
    } catch (err) {
      throw transportFailure(err, deadline, 'headers');
    }
    const { statusCode: status, headers, body } = response;
    if (status >= 300 && status < 400) {
      discard(body);
      throw new UpstreamFailure('redirect', status);
    }
    const declared = Number(headers['content-length']);
    if (declared > limit) {
      discard(body);
      throw new UpstreamFailure('tooLarge', status);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        total += chunk.length;
        // Counted as it streams: a body without Content-Length (or lying about it) is cut off here.
        if (total > limit) throw new UpstreamFailure('tooLarge', status);
        chunks.push(chunk);
      }
    } catch (err) {
      discard(body);
      throw transportFailure(err, deadline, 'body', status);
    }
    return { status, headers, body: Buffer.concat(chunks, total) };
  }

  return { send, close: () => pool.close() };
}
