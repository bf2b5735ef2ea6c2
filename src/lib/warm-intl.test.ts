import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { warmIntlOffThread } from './warm-intl';

/** A stand-in for a dedicated worker (jsdom has none; e2e/csp.spec.ts starts the real one in Chromium). */
class FakeWorker extends EventTarget {
  terminated = false;
  terminate() {
    this.terminated = true;
  }
}

describe('warmIntlOffThread', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('builds the formatters on the page only once the worker has loaded the locale data', () => {
    const worker = new FakeWorker();
    const warm = vi.fn();
    warmIntlOffThread(() => worker, warm);
    vi.runAllTimers();
    expect(warm).not.toHaveBeenCalled();

    worker.dispatchEvent(new MessageEvent('message', { data: 'warm' }));
    expect(worker.terminated).toBe(true);
    expect(warm).not.toHaveBeenCalled(); // in a task of its own
    vi.runAllTimers();
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('builds them on the page, once, when the worker fails or cannot start', () => {
    const failing = new FakeWorker();
    const warm = vi.fn();
    warmIntlOffThread(() => failing, warm);
    failing.dispatchEvent(new Event('error'));
    failing.dispatchEvent(new MessageEvent('message'));
    vi.runAllTimers();
    expect(warm).toHaveBeenCalledTimes(1);
    expect(failing.terminated).toBe(true);

    const refused = vi.fn();
    warmIntlOffThread(() => {
      throw new DOMException('refused by the content security policy', 'SecurityError');
    }, refused);
    vi.runAllTimers();
    expect(refused).toHaveBeenCalledTimes(1);

    const noWorkers = vi.fn();
    warmIntlOffThread(null, noWorkers);
    vi.runAllTimers();
    expect(noWorkers).toHaveBeenCalledTimes(1);
  });
});
