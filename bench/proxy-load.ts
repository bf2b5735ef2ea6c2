import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';

import autocannon, { type Result } from 'autocannon';

import { ensureProgram, type Availability } from './proxy-processes';

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

/** The requests of a run: one path every time, or a distinct member id in each (`before` id `after`). */
export type PathPlan = { fixed: string } | { before: string; after: string };

export type LoadSpec = {
  port: number;
  path: PathPlan;
  headers: Record<string, string>;
  connections: number;
  durationSec: number;
};

/** Member ids start here (valid ids of nine or more digits; the upstream answers any of them). */
const FIRST_ID = 100_000_000;
let sequence = 0;
/** Every request of the whole benchmark gets its own number (distinct member ids). */
const nextNumber = () => sequence++;

/** The n-th request's path. */
export const pathOf = (plan: PathPlan, n: number): string =>
  'fixed' in plan ? plan.fixed : `${plan.before}${FIRST_ID + n}${plan.after}`;

/**
 * The load generator of the throughput runs. wrk (C, one thread) when it is installed or apt can
 * install it: it costs the shared cores 30–40 µs a request of a 20 KB member (mostly the kernel's
 * receive) where autocannon, in this Node process, costs about 180 (measured here, decision 016
 * "Session 7"), so the proxies, not the generator, are what is measured. autocannon otherwise, and the
 * report says which.
 */
export type LoadGenerator =
  { kind: 'wrk'; path: string; version: string; dir: string } | { kind: 'autocannon' };

export const generatorName = (gen: LoadGenerator): string =>
  gen.kind === 'wrk' ? `wrk ${gen.version} (one thread)` : 'autocannon';

/** Which answers a run's req/s counts, as the report says it. */
export const countedAnswers = (gen: LoadGenerator): string =>
  gen.kind === 'wrk'
    ? 'answers below 400 and a failed answer is one of 400 or above (what wrk tells apart; every target was shown to answer 200 with the whole body first, and none redirects)'
    : '2xx answers only and a failed answer is any other';

export function throughputRun(spec: LoadSpec, gen: LoadGenerator): Promise<Measured> {
  return gen.kind === 'wrk' ? wrkRun(spec, gen) : autocannonRun(spec);
}

/** autocannon at a fixed number of connections for a fixed time; bounded even if a target hangs. */
async function autocannonRun(spec: LoadSpec): Promise<Measured> {
  const instance = autocannon({
    url: `http://127.0.0.1:${spec.port}`,
    connections: spec.connections,
    duration: spec.durationSec,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        headers: spec.headers,
        setupRequest: (req) => ({ ...req, path: pathOf(spec.path, nextNumber()) }),
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

/** A Lua string literal of printable ASCII (all a path or header here is). */
function lua(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`not printable ASCII: ${JSON.stringify(text)}`);
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * The run's wrk script: its requests (a static one for a fixed path, else a counter from the id given
 * on the command line) and, when done, one JSON line with what the report needs.
 */
function wrkScript(spec: LoadSpec): string {
  const headers = Object.entries(spec.headers)
    .map(([name, value]) => `[${lua(name)}] = ${lua(value)}`)
    .join(', ');
  const requests =
    'fixed' in spec.path
      ? `wrk.method = "GET"\nwrk.path = ${lua(spec.path.fixed)}\nwrk.headers = { ${headers} }\n`
      : `local headers = { ${headers} }\nlocal n = 0\n` +
        'function init(args) n = tonumber(args[1]) end\n' +
        'function request()\n  n = n + 1\n' +
        `  return wrk.format("GET", ${lua(spec.path.before)} .. string.format("%d", n) .. ${lua(spec.path.after)}, headers)\n` +
        'end\n';
  return (
    requests +
    'function done(summary, latency, requests)\n' +
    '  local e = summary.errors\n' +
    '  io.write(string.format(\'\\nRESULT {"requests":%d,"durationUs":%d,"status":%d,"socket":%d,"p50Us":%d,"p99Us":%d}\\n\',\n' +
    '    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,\n' +
    '    latency:percentile(50), latency:percentile(99)))\n' +
    'end\n'
  );
}

let wrkRuns = 0;
/** wrk at a fixed number of connections for a fixed time; killed if it outlives the run by 20 s. */
async function wrkRun(spec: LoadSpec, gen: Extract<LoadGenerator, { kind: 'wrk' }>): Promise<Measured> {
  const script = join(gen.dir, `run-${wrkRuns++}.lua`);
  writeFileSync(script, wrkScript(spec));
  // A block of ids no run can use up (wrk makes well under 10 million requests in a bounded run).
  const first = FIRST_ID + sequence;
  sequence += 10_000_000;
  const args = [
    '-t1',
    `-c${spec.connections}`,
    `-d${spec.durationSec}s`,
    '--timeout',
    '10s',
    '-s',
    script,
    `http://127.0.0.1:${spec.port}`,
    '--',
    String(first),
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(gen.path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), (spec.durationSec + 20) * 1000);
    child.once('error', (err) => {
      clearTimeout(guard);
      reject(err);
    });
    child.once('close', () => {
      clearTimeout(guard);
      resolve(out);
    });
  });
  const line = /RESULT (\{.*\})/.exec(output)?.[1];
  if (!line) {
    // wrk stops at once when it cannot connect: a run with no answer, as autocannon would report it.
    console.warn(`wrk printed no result: ${output.trim().slice(-300)}`);
    return { rps: 0, p50Ms: NaN, p99Ms: NaN, non2xx: 0, errors: 1, durationSec: spec.durationSec };
  }
  const r = JSON.parse(line) as {
    requests: number;
    durationUs: number;
    status: number;
    socket: number;
    p50Us: number;
    p99Us: number;
  };
  const durationSec = r.durationUs / 1e6;
  const answered = r.requests - r.status;
  return {
    // wrk counts a status of 400 and above as an error (countedAnswers says so in the report).
    rps: answered / durationSec,
    p50Ms: answered > 0 ? r.p50Us / 1000 : NaN,
    p99Ms: answered > 0 ? r.p99Us / 1000 : NaN,
    non2xx: r.status,
    // A run in which nothing was answered is an error even when no socket failed (a target that hangs).
    errors: r.socket + (r.requests === 0 ? 1 : 0),
    durationSec,
  };
}

/** wrk, installed with apt when absent (bench/proxy-processes.ts). */
export const ensureWrk = (log: (line: string) => void): Availability =>
  ensureProgram(
    'wrk',
    ['wrk'],
    (path) => {
      const out = spawnSync(path, ['-v'], { encoding: 'utf8', timeout: 5_000 });
      return /wrk\s+(\S+)/.exec(`${out.stdout}${out.stderr}`)?.[1] ?? 'unknown version';
    },
    log,
  );

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
          {
            host: '127.0.0.1',
            port: spec.port,
            path: pathOf(spec.path, nextNumber()),
            headers: spec.headers,
            agent,
          },
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
