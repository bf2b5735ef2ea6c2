import { warmFormats } from './format';

type WorkerLike = Pick<Worker, 'terminate' | 'addEventListener'>;

/**
 * Warms the page's Intl formatters without holding up its main thread: a worker loads the locale
 * data (shared by every thread of the page's process), then the page builds its own formatters, which
 * now take well under a millisecond, in a task of their own. Where no worker can start (no Worker, a
 * policy that refuses it, a worker that fails), the page builds them itself in a task soon after
 * start-up, as before. Measured in Chromium here: the first date formatter of a fresh page took 43–98 ms
 * on the main thread, and 0.4–0.6 ms once a worker had built one.
 */
export function warmIntlOffThread(
  startWorker: (() => WorkerLike) | null = defaultWorker,
  warm: () => void = warmFormats,
): void {
  let done = false;
  const warmHere = () => {
    if (done) return;
    done = true;
    setTimeout(warm, 0);
  };
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

const defaultWorker =
  typeof Worker === 'function'
    ? () => new Worker(new URL('./intl-warm.worker.ts', import.meta.url), { type: 'module' })
    : null;
