import type { SourceFailure } from './source';

/** A failure inside the adapter, carried up to the one place that turns it into a result. */
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
  signal: AbortSignal;
  timedOut(): boolean;
  callerGone(): boolean;
  dispose(): void;
};

/**
 * A timer and one AbortController rather than AbortSignal.timeout + AbortSignal.any: the timer is
 * cleared as soon as the exchange ends, so a busy proxy does not keep thousands of pending timers.
 */
export function startDeadline(timeoutMs: number, caller?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new UpstreamFailure('timeout'));
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(new UpstreamFailure('aborted'));
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    callerGone: () => caller?.aborted === true,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
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
