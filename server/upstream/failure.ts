import { Cancel, type CancelSignal } from './cancel';
import type { SourceFailure } from './source';

/** A failure inside the adapter, carried up to the one place that turns it into a result. */
/** What a rejection or an abort carried, as an Error (anything can be thrown). */
export const toError = (reason: unknown): Error =>
  reason instanceof Error ? reason : new Error(String(reason));

export class UpstreamFailure extends Error {
  override name = 'UpstreamFailure';
  constructor(
    readonly failure: SourceFailure,
    readonly upstreamStatus?: number,
    readonly retryAfterSeconds?: number,
    /** A connection that failed or was reset: the one case (with 502/503/504) worth a second try. */
    readonly connectionLost = false,
  ) {
    super(failure);
  }
}

/** The overall deadline of one upstream exchange (token, headers and whole body), and the caller's abort. */
export type Deadline = {
  signal: CancelSignal;
  timedOut(): boolean;
  callerGone(): boolean;
  dispose(): void;
};

/**
 * A timer and one `Cancel` rather than AbortSignal.timeout + AbortSignal.any: the timer is cleared as
 * soon as the exchange ends, so a busy proxy does not keep thousands of pending timers. A class, not
 * closures: one object per exchange, and few per-request objects alive at each young-generation GC
 * (their copying was a large share of the proxy's CPU, docs/decisions/016-proxy-hot-path.md).
 */
class ExchangeDeadline implements Deadline {
  readonly signal = new Cancel();
  private expired = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    timeoutMs: number,
    private readonly caller: CancelSignal | undefined,
  ) {
    this.timer = setTimeout(expire, timeoutMs, this);
    if (caller?.aborted) this.handleEvent();
    else caller?.addEventListener('abort', this);
  }

  /** The caller's abort (this object is its listener). */
  handleEvent(): void {
    this.signal.abort(new UpstreamFailure('aborted'));
  }

  expire(): void {
    this.expired = true;
    this.signal.abort(new UpstreamFailure('timeout'));
  }

  timedOut(): boolean {
    return this.expired;
  }

  callerGone(): boolean {
    return this.caller?.aborted === true;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this);
  }
}

function expire(deadline: ExchangeDeadline): void {
  deadline.expire();
}

export function startDeadline(timeoutMs: number, caller?: CancelSignal): Deadline {
  return new ExchangeDeadline(timeoutMs, caller);
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Names what went wrong on the wire. Before the headers, a broken connection means the upstream is
 * unreachable; once a body has started, it means the answer is incomplete (a truncated body).
 */
export function transportFailure(
  err: unknown,
  deadline: Deadline,
  stage: 'headers' | 'body',
  upstreamStatus?: number,
): UpstreamFailure {
  if (err instanceof UpstreamFailure) return err;
  if (deadline.timedOut()) return new UpstreamFailure('timeout', upstreamStatus);
  if (deadline.callerGone()) return new UpstreamFailure('aborted', upstreamStatus);
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (TIMEOUT_CODES.has(code)) return new UpstreamFailure('timeout', upstreamStatus);
  const reset = code === 'ECONNRESET';
  if (stage === 'body' || code.startsWith('HPE_')) {
    return new UpstreamFailure('badResponse', upstreamStatus, undefined, reset);
  }
  return new UpstreamFailure('unreachable', upstreamStatus, undefined, true);
}
