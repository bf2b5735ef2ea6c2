import { describe, expect, it } from 'vitest';

import { Cancel, type CancelSignal } from './cancel';
import { coalescing } from './coalesce';
import type { MemberTargetsResult, MemberTargetsSource } from './source';

describe('Cancel', () => {
  it('calls each listener once, in order, functions and handleEvent objects alike', () => {
    const cancel = new Cancel();
    const calls: string[] = [];
    const removed = () => calls.push('removed');
    cancel.addEventListener('abort', () => calls.push('first'));
    cancel.addEventListener('abort', { handleEvent: () => calls.push('object') });
    cancel.addEventListener('abort', removed);
    cancel.removeEventListener('abort', removed);
    cancel.abort('why');
    cancel.abort('again');
    expect(calls).toEqual(['first', 'object']);
    expect(cancel.aborted).toBe(true);
    expect(cancel.reason).toBe('why');
  });

  it('gives an AbortError reason by default and never calls a listener added after the abort', () => {
    const cancel = new Cancel();
    cancel.abort();
    let called = false;
    cancel.addEventListener('abort', () => (called = true));
    expect(called).toBe(false);
    expect(cancel.reason).toBeInstanceOf(DOMException);
    expect((cancel.reason as DOMException).name).toBe('AbortError');
  });
});

/** A source whose calls wait until released, recording the signal each call was given. */
function heldSource() {
  const signals: CancelSignal[] = [];
  let release: (result: MemberTargetsResult) => void = () => {};
  const held = new Promise<MemberTargetsResult>((resolve) => (release = resolve));
  const source: MemberTargetsSource = {
    getUserTargetGroups: (_userId, _query, signal) => {
      signals.push(signal);
      return held;
    },
    lookupCustomer: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
  };
  return { source, signals, release: (result: MemberTargetsResult) => release(result) };
}

const FOUND: MemberTargetsResult = {
  outcome: 'found',
  status: 200,
  body: Buffer.from('{"data":{}}'),
  upstreamStatus: 200,
};

describe('coalescing with light signals', () => {
  it.each([
    ['Cancel', () => new Cancel()],
    ['AbortController', () => new AbortController()],
  ] as const)(
    'one caller leaving (%s) keeps the shared call; the last one leaving aborts it',
    async (_kind, make) => {
      const held = heldSource();
      const source = coalescing(held.source);
      const first = make();
      const second = make();
      const a = source.getUserTargetGroups('42', {}, 'signal' in first ? first.signal : first);
      const b = source.getUserTargetGroups('42', {}, 'signal' in second ? second.signal : second);
      expect(held.signals).toHaveLength(1);
      expect(source.waiting()).toBe(2);

      first.abort();
      expect(await a).toEqual({ outcome: 'failed', failure: 'aborted' });
      expect(held.signals[0]?.aborted).toBe(false);

      second.abort();
      expect(await b).toEqual({ outcome: 'failed', failure: 'aborted' });
      expect(held.signals[0]?.aborted).toBe(true);
      expect(source.inFlight()).toBe(0);
    },
  );

  it('every waiter gets the one result; a caller leaving afterwards aborts nothing', async () => {
    const held = heldSource();
    const source = coalescing(held.source);
    const callers = [new Cancel(), new Cancel()];
    const pending = callers.map((c) => source.getUserTargetGroups('7', {}, c));
    held.release(FOUND);
    expect(await Promise.all(pending)).toEqual([FOUND, FOUND]);
    for (const c of callers) c.abort();
    expect(held.signals[0]?.aborted).toBe(false);
    expect(source.inFlight()).toBe(0);
  });
});
