import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { takeHeadWarm, warmIntlOffThread, type HeadWarm } from './warm-intl';

/** A stand-in for a dedicated worker (jsdom has none; e2e/csp.spec.ts starts the real one in Chromium). */
class FakeWorker extends EventTarget {
  terminated = false;
  constructor(readonly url = '') {
    super();
  }
  terminate() {
    this.terminated = true;
  }
}

/** public/early-fetch.js, run as the page's head runs it, with `Worker` standing in for the browser's. */
function runHeadScript(Worker: unknown) {
  const script = readFileSync(resolve(process.cwd(), 'public/early-fetch.js'), 'utf8');
  const scope: Record<string, unknown> = {};
  const fetch = () => Promise.resolve(new Response('{}'));
  new Function('window', 'location', 'fetch', 'Worker', script)(
    scope,
    { pathname: '/', search: '' },
    fetch,
    Worker,
  );
  return scope;
}

/** The head script with a stand-in Worker that records every worker it starts. */
function runHeadScriptRecording() {
  const started: FakeWorker[] = [];
  const scope = runHeadScript(
    class extends FakeWorker {
      constructor(url: string) {
        super(url);
        started.push(this);
      }
    },
  );
  return { started, scope };
}

describe('warmIntlOffThread', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('builds the formatters on the page only once the worker has loaded the locale data', () => {
    const worker = new FakeWorker();
    const warm = vi.fn();
    warmIntlOffThread({ startWorker: () => worker, warm });
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
    warmIntlOffThread({ startWorker: () => failing, warm });
    failing.dispatchEvent(new Event('error'));
    failing.dispatchEvent(new MessageEvent('message'));
    vi.runAllTimers();
    expect(warm).toHaveBeenCalledTimes(1);
    expect(failing.terminated).toBe(true);

    const refused = vi.fn();
    warmIntlOffThread({
      startWorker: () => {
        throw new DOMException('refused by the content security policy', 'SecurityError');
      },
      warm: refused,
    });
    vi.runAllTimers();
    expect(refused).toHaveBeenCalledTimes(1);

    const noWorkers = vi.fn();
    warmIntlOffThread({ startWorker: null, warm: noWorkers });
    vi.runAllTimers();
    expect(noWorkers).toHaveBeenCalledTimes(1);
  });
});

describe('the warm-up started in the page head', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts public/intl-warm.js on every page and leaves it for the bundle, once', () => {
    const { started, scope } = runHeadScriptRecording();
    expect(started.map((w) => w.url)).toEqual(['/intl-warm.js']);
    const head = takeHeadWarm(scope);
    expect(head).toMatchObject({ worker: started[0], done: false });
    expect(takeHeadWarm(scope)).toBeNull();
  });

  it('is adopted: no second worker, and the page warms once the head worker reports', () => {
    const { started, scope } = runHeadScriptRecording();
    const head = takeHeadWarm(scope);
    const ownWorker = vi.fn(() => new FakeWorker());
    const warm = vi.fn();
    warmIntlOffThread({ head, startWorker: ownWorker, warm });
    vi.runAllTimers();
    expect(warm).not.toHaveBeenCalled();

    started[0]?.dispatchEvent(new MessageEvent('message', { data: 'warm' }));
    expect(head?.done).toBe(true);
    expect(started[0]?.terminated).toBe(true);
    vi.runAllTimers();
    expect(warm).toHaveBeenCalledTimes(1);
    expect(ownWorker).not.toHaveBeenCalled();
  });

  it('warms at once when the head worker has already reported or failed', () => {
    for (const event of [new MessageEvent('message'), new Event('error')]) {
      const worker = new FakeWorker();
      const head: HeadWarm = { worker, done: false };
      worker.addEventListener(event.type, () => (head.done = true));
      worker.dispatchEvent(event);
      const warm = vi.fn();
      warmIntlOffThread({ head, warm, startWorker: () => new FakeWorker() });
      vi.runAllTimers();
      expect(warm).toHaveBeenCalledTimes(1);
    }
  });

  it('is skipped where there are no workers or the policy refuses one; the bundle then starts its own', () => {
    expect(takeHeadWarm(runHeadScript(undefined))).toBeNull();
    const refused = runHeadScript(
      class {
        constructor() {
          throw new DOMException('refused', 'SecurityError');
        }
      },
    );
    expect(takeHeadWarm(refused)).toBeNull();
    expect(takeHeadWarm({ __memberProgressIntlWarm: { worker: 'not a worker', done: false } })).toBeNull();
  });
});
