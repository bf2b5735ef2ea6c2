/**
 * What the upstream layers read of an abort signal: whether it fired, why, and a callback when it
 * does. An AbortSignal is one (the app passes the browser request's); `Cancel` is another.
 */
export type CancelSignal = {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: CancelListener, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: CancelListener): void;
};

/** A function, or an object whose `handleEvent` is called (as with EventTarget): no closure needed. */
export type CancelListener = (() => void) | { handleEvent(): void };

/**
 * An abort signal and its controller in one small object, without an EventTarget. The hot path used
 * to build three AbortControllers per request (the browser leaving, the shared call, the deadline),
 * and their signals, events and listener bookkeeping cost about 8 % of the proxy's CPU
 * (docs/decisions/016-proxy-hot-path.md). Listeners run once, in the order added, synchronously in
 * `abort()`; a listener added after the abort is never called (check `aborted` first, as with an
 * AbortSignal).
 */
export class Cancel implements CancelSignal {
  aborted = false;
  reason: unknown = undefined;
  private listeners: CancelListener[] | null = null;

  addEventListener(_type: 'abort', listener: CancelListener): void {
    if (this.aborted) return;
    if (this.listeners === null) this.listeners = [listener];
    else this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: CancelListener): void {
    const listeners = this.listeners;
    if (listeners === null) return;
    const at = listeners.indexOf(listener);
    if (at !== -1) listeners.splice(at, 1);
  }

  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners === null) return;
    for (const listener of listeners) {
      if (typeof listener === 'function') listener();
      else listener.handleEvent();
    }
  }
}
