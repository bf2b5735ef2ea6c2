import type { IncomingHttpHeaders } from 'node:http';

import { Pool, type Dispatcher } from 'undici';

import { toError, transportFailure, UpstreamFailure, type Deadline } from './failure';

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
    if (signal.aborted) return Promise.reject(transportFailure(signal.reason, deadline, 'headers'));
    const limit = request.maxBodyBytes ?? options.maxBodyBytes;
    return new Promise<UpstreamResponse>((resolve, reject) => {
      const exchange = new Exchange(deadline, limit, resolve, reject);
      try {
        pool.dispatch(
          {
            method: request.method,
            path: basePath + request.path,
            headers: request.headers,
            body: request.body ?? null,
          },
          exchange,
        );
      } catch (err) {
        exchange.fail(transportFailure(err, deadline, 'headers'));
      }
    });
  }

  return { send, close: () => pool.close() };
}

/**
 * One request's handler for `pool.dispatch`: collects the body, maps every way it can end to a
 * response or an UpstreamFailure, and is itself the deadline's abort listener (which goes straight to
 * undici's controller). One object per exchange rather than a closure per callback.
 */
class Exchange implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | null = null;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private settled = false;

  constructor(
    private readonly deadline: Deadline,
    private readonly limit: number,
    private readonly resolve: (response: UpstreamResponse) => void,
    private readonly reject: (failure: UpstreamFailure) => void,
  ) {
    deadline.signal.addEventListener('abort', this);
  }

  /** The deadline passed or the caller left. */
  handleEvent(): void {
    this.controller?.abort(toError(this.deadline.signal.reason));
  }

  fail(failure: UpstreamFailure): void {
    if (this.settled) return;
    this.settled = true;
    this.deadline.signal.removeEventListener('abort', this);
    this.reject(failure);
  }

  /** Refuses the answer and drops the connection (its unread body would otherwise follow). */
  private refuse(c: Dispatcher.DispatchController, failure: UpstreamFailure): void {
    this.fail(failure);
    c.abort(failure);
  }

  onRequestStart(c: Dispatcher.DispatchController): void {
    this.controller = c;
    const { signal } = this.deadline;
    if (signal.aborted) c.abort(toError(signal.reason));
  }

  onResponseStart(
    c: Dispatcher.DispatchController,
    statusCode: number,
    responseHeaders: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode < 200) return; // 1xx: informational, the answer follows
    this.status = statusCode;
    this.headers = responseHeaders as IncomingHttpHeaders;
    if (statusCode >= 300 && statusCode < 400) {
      return this.refuse(c, new UpstreamFailure('redirect', statusCode));
    }
    if (Number(this.headers['content-length']) > this.limit) {
      return this.refuse(c, new UpstreamFailure('tooLarge', statusCode));
    }
  }

  onResponseData(c: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    this.total += chunk.length;
    // Counted as it arrives: a body without Content-Length (or lying about it) is cut off here.
    if (this.total > this.limit) return this.refuse(c, new UpstreamFailure('tooLarge', this.status));
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.settled = true;
    this.deadline.signal.removeEventListener('abort', this);
    const { chunks } = this;
    const body = chunks.length === 1 ? (chunks[0] as Buffer<ArrayBuffer>) : Buffer.concat(chunks, this.total);
    this.resolve({ status: this.status, headers: this.headers, body });
  }

  onResponseError(_c: Dispatcher.DispatchController, err: Error): void {
    const { status, deadline } = this;
    this.fail(
      status === 0
        ? transportFailure(err, deadline, 'headers')
        : transportFailure(err, deadline, 'body', status),
    );
  }
}

/** undici's abort takes an Error; the deadline's reasons are UpstreamFailures already. */
