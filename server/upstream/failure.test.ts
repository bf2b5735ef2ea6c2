import { describe, expect, it } from 'vitest';

import { Cancel } from './cancel';
import { startDeadline, UpstreamFailure, type Deadline } from './failure';

/** Resolves with the milliseconds from now until the deadline's signal aborts. */
function abortedAfter(deadline: Deadline): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) =>
    deadline.signal.addEventListener('abort', () => resolve(performance.now() - started)),
  );
}

describe('startDeadline', () => {
  it('times out each live exchange no earlier than its own duration, whatever else is running', async () => {
    const long = startDeadline(400);
    const settled = startDeadline(60);
    const short = startDeadline(60);
    const shorter = startDeadline(30);
    settled.dispose();
    const [shortMs, shorterMs] = await Promise.all([abortedAfter(short), abortedAfter(shorter)]);
    expect(shortMs).toBeGreaterThanOrEqual(58);
    expect(shorterMs).toBeGreaterThanOrEqual(28);
    expect(shorterMs).toBeLessThan(shortMs);
    expect(short.timedOut()).toBe(true);
    expect(short.signal.reason).toEqual(new UpstreamFailure('timeout'));
    expect(settled.signal.aborted).toBe(false);
    expect(settled.timedOut()).toBe(false);
    expect(long.signal.aborted).toBe(false);
    long.dispose();
    short.dispose();
    shorter.dispose();
  });

  it('never fires for an exchange that ended, however many ended', async () => {
    const ended = Array.from({ length: 3_000 }, () => startDeadline(40));
    for (const d of ended) d.dispose();
    const live = startDeadline(40);
    await abortedAfter(live);
    expect(ended.some((d) => d.signal.aborted || d.timedOut())).toBe(false);
    expect(live.timedOut()).toBe(true);
    live.dispose();
  });

  it("the caller's abort ends the exchange as 'aborted', not as a timeout", () => {
    const caller = new Cancel();
    const deadline = startDeadline(10_000, caller);
    caller.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toEqual(new UpstreamFailure('aborted'));
    expect(deadline.callerGone()).toBe(true);
    expect(deadline.timedOut()).toBe(false);
    deadline.dispose();
  });
});
