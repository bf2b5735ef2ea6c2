import type { IncomingHttpHeaders } from 'node:http';

import { Pool, type Dispatcher } from 'undici';

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
 * One keep-alive pool for the upstream origin, created once. Requests go through undici's
 * `pool.dispatch` with a handler that collects the body chunks: no stream, no async iterator, no
 * promise per chunk (the proxy's hot path, docs/decisions/016-proxy-hot-path.md). undici never follows
 * redirects here, so a 3xx arrives and is refused.
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

  function send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const { deadline } = request;
    const { signal } = deadline;
    const limit = request.maxBodyBytes ?? options.maxBodyBytes;
    if (signal.aborted) return Promise.reject(transportFailure(signal.reason, deadline, 'headers'));
    return new Promise<UpstreamResponse>((resolve, reject) => {
      let controller: Dispatcher.DispatchController | null = null;
      let status = 0;
      let headers: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      let total = 0;
      let settled = false;
      const onAbort = () => controller?.abort(signal.reason);
      const fail = (failure: UpstreamFailure) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        reject(failure);
      };
      /** Refuses the answer and drops the connection (its unread body would otherwise follow). */
      const refuse = (c: Dispatcher.DispatchController, failure: UpstreamFailure) => {
        fail(failure);
        c.abort(failure);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart(c) {
          controller = c;
          if (signal.aborted) c.abort(signal.reason);
        },
        onResponseStart(c, statusCode, responseHeaders) {
          if (statusCode < 200) return; // 1xx: informational, the answer follows
          status = statusCode;
          headers = responseHeaders as IncomingHttpHeaders;
          if (status >= 300 && status < 400) return refuse(c, new UpstreamFailure('redirect', status));
          if (Number(headers['content-length']) > limit)
            return refuse(c, new UpstreamFailure('tooLarge', status));
        },
        onResponseData(c, chunk) {
          if (settled) return;
          total += chunk.length;
          // Counted as it arrives: a body without Content-Length (or lying about it) is cut off here.
          if (total > limit) return refuse(c, new UpstreamFailure('tooLarge', status));
          chunks.push(chunk);
        },
        onResponseEnd() {
          if (settled) return;
          settled = true;
          signal.removeEventListener('abort', onAbort);
          const body =
            chunks.length === 1 ? (chunks[0] as Buffer<ArrayBuffer>) : Buffer.concat(chunks, total);
          resolve({ status, headers, body });
        },
        onResponseError(_c, err) {
          fail(
            status === 0
              ? transportFailure(err, deadline, 'headers')
              : transportFailure(err, deadline, 'body', status),
          );
        },
      };
      try {
        pool.dispatch(
          {
            method: request.method,
            path: basePath + request.path,
            headers: request.headers,
            body: request.body ?? null,
          },
          handler,
        );
      } catch (err) {
        fail(transportFailure(err, deadline, 'headers'));
      }
    });
  }

  return { send, close: () => pool.close() };
}
