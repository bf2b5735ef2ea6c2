import { Agent, request } from 'node:http';

import autocannon, { type Result } from 'autocannon';

/** Fields autocannon returns that the shared declaration (scripts/autocannon.d.ts) leaves out. */
type FullResult = Result & { '2xx': number; duration: number };

/** What one bounded run against one target measured. */
export type RunFigures = {
  /** Successful (2xx) answers per second. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** Peak RSS of the proxy process during the run (KiB); null for the direct run. */
  peakRssKb: number | null;
  /** CPU time (user + system) of the proxy process per answered request, µs; null for direct. */
  cpuUsPerRequest: number | null;
  /** How long the run lasted (s). */
  durationSec?: number;
};

type Measured = Omit<RunFigures, 'peakRssKb' | 'cpuUsPerRequest'>;

export type LoadSpec = {
  port: number;
  /** The path of the n-th request: a distinct member per request where the scenario wants one. */
  path: (n: number) => string;
  headers: Record<string, string>;
  connections: number;
  durationSec: number;
};

let sequence = 0;
/** Every request of the whole benchmark gets its own number (distinct member ids). */
const nextNumber = () => sequence++;

/** autocannon at a fixed number of connections for a fixed time; bounded even if a target hangs. */
export async function throughputRun(spec: LoadSpec): Promise<Measured> {
  const instance = autocannon({
    url: `http://127.0.0.1:${spec.port}`,
    connections: spec.connections,
    duration: spec.durationSec,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        headers: spec.headers,
        setupRequest: (req) => ({ ...req, path: spec.path(nextNumber()) }),
      },
    ],
  });
  const guard = setTimeout(() => instance.stop(), (spec.durationSec + 20) * 1000);
  try {
    const result = (await instance) as FullResult;
    const ok = result['2xx'];
    return {
      rps: ok / Math.max(result.duration, 1e-9),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      durationSec: result.duration,
    };
  } finally {
    clearTimeout(guard);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN);

/**
 * Latency without queueing: one connection, one request at a time, timed with the high-resolution
 * clock (autocannon's histogram has 1 ms steps, too coarse for "added latency ≤ 1 ms").
 */
export async function latencyRun(spec: Omit<LoadSpec, 'connections'>): Promise<Measured> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const end = performance.now() + spec.durationSec * 1000;
  try {
    while (performance.now() < end) {
      const started = performance.now();
      const status = await new Promise<number>((resolve) => {
        const req = request(
          { host: '127.0.0.1', port: spec.port, path: spec.path(nextNumber()), headers: spec.headers, agent },
          (res) => {
            res.on('data', () => {});
            res.on('end', () => resolve(res.statusCode ?? 0));
            res.on('error', () => resolve(0));
          },
        );
        req.setTimeout(10_000, () => req.destroy());
        req.on('error', () => resolve(0));
        req.end();
      });
      if (status === 0) errors += 1;
      else if (status < 200 || status >= 300) non2xx += 1;
      else times.push(performance.now() - started);
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  return {
    rps: times.length / spec.durationSec,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    non2xx,
    errors,
    durationSec: spec.durationSec,
  };
}

/** The exact bytes a target answers for one path (to prove each one forwards the body unchanged). */
export function fetchBytes(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}
