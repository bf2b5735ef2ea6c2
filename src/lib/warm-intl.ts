import { warmFormats } from './format';

type WorkerLike = Pick<Worker, 'terminate' | 'addEventListener'>;

/**
 * The warm-up public/early-fetch.js started from the page's head: its worker, and whether that worker
 * has already reported (it terminates the worker itself).
 */
export type HeadWarm = { worker: Pick<Worker, 'addEventListener'>; done: boolean };

const HEAD_KEY = '__memberProgressIntlWarm';

/** Takes (once) the warm-up the head script left on `win`; null when there is none. */
export function takeHeadWarm(win: object): HeadWarm | null {
  const holder = win as Record<string, unknown>;
  const left = holder[HEAD_KEY];
  delete holder[HEAD_KEY];
  if (typeof left !== 'object' || left === null) return null;
  const { worker, done } = left as Partial<HeadWarm>;
  if (typeof done !== 'boolean' || typeof worker?.addEventListener !== 'function') return null;
  return left as HeadWarm;
}

export type WarmOptions = {
  /** The head's warm-up, when it started one: adopted instead of starting a second worker. */
  head?: HeadWarm | null;
  /** Starts a worker of our own when the head did not (null: no workers here). */
  startWorker?: (() => WorkerLike) | null;
  /** Builds the page's own formatters (format.ts). */
  warm?: () => void;
};

/**
 * Warms the page's Intl formatters without holding up its main thread: a worker loads the locale
 * data (shared by every thread of the page's process), then the page builds its own formatters, which
 * now take well under a millisecond, in a task of their own. The worker is the one the page's head
 * started (public/early-fetch.js), or one started here when the head did not. Where no worker can start
 * (no Worker, a policy that refuses it, a worker that fails), the page builds them itself in a task
 * soon after start-up. Measured in Chromium here: the first date formatter of a fresh page took
 * 43–98 ms on the main thread, and 0.4–0.6 ms once a worker had built one.
 */
export function warmIntlOffThread({
  head = null,
  startWorker = defaultWorker,
  warm = warmFormats,
}: WarmOptions = {}): void {
  let done = false;
  const warmHere = () => {
    if (done) return;
    done = true;
    setTimeout(warm, 0);
  };
  if (head) {
    if (head.done) return warmHere();
    head.worker.addEventListener('message', warmHere);
    head.worker.addEventListener('error', warmHere);
    return;
  }
  let worker: WorkerLike;
  try {
    if (!startWorker) return warmHere();
    worker = startWorker();
  } catch {
    return warmHere();
  }
  const finish = () => {
    worker.terminate();
    warmHere();
  };
  worker.addEventListener('message', finish);
  worker.addEventListener('error', finish);
}

/** The same classic worker the head starts (public/intl-warm.js). */
const defaultWorker = typeof Worker === 'function' ? () => new Worker('/intl-warm.js') : null;
