import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { basicAuthorization } from '../demo/auth';

import { fetchBytes, latencyRun, throughputRun, type RunFigures } from './proxy-load';
import {
  assertFree,
  childPids,
  cpuMs,
  ensureNginx,
  peakRssKb,
  resetPeakRss,
  start,
  stopAll,
  writeNginxConfig,
  type Child,
} from './proxy-processes';
import { proxyMarkdown, type Machine } from './proxy-report';
import { median } from '../tools/stats';

/**
 * The proxy benchmark (issue 4, part 1): one upstream reached directly (the limit), through our proxy,
 * through nginx proxy_pass with upstream keep-alive, through express + http-proxy-middleware, and (for
 * scale) through a lean Node proxy that checks nothing (bench/proxy-lean.ts), at
 * 10 and 50 connections on a 20 KB and a 1 MB member body. Every process is a child of this one on
 * 127.0.0.1 (ports 9120–9129 by default), every run is bounded, repetitions are interleaved (each
 * round runs every target once per scenario, in a rotated order) and ratios are taken within a round.
 *
 * `runProxyBench(options)` returns the rows and a markdown section for docs/benchmarks.md; run alone
 * with `node --import tsx bench/proxy.ts` it prints the markdown. BENCH_QUICK=1: one short round.
 */
export type Via = 'direct' | 'ours' | 'nginx' | 'express' | 'lean';

export type ProxyBenchOptions = {
  /** Interleaved repetitions; default 3 (BENCH_QUICK: 1). */
  rounds?: number;
  /** Seconds per throughput run; default 4 (BENCH_QUICK: 2). */
  durationSec?: number;
  /** Seconds per light-load latency run; default 3 (BENCH_QUICK: 1). */
  latencySec?: number;
  /** First of ten ports on 127.0.0.1; default 9120 (must stay within 9100–9199). */
  portBase?: number;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
  quick?: boolean;
};

export type ProxyBenchRow = {
  kind: 'throughput' | 'latency';
  via: Via;
  body: '20 KB' | '1 MB';
  bodyBytes: number;
  connections: number;
  /** One entry per round, in order. */
  runs: RunFigures[];
  /** Medians over the rounds. */
  rps: number;
  rpsMin: number;
  rpsMax: number;
  p50Ms: number;
  p99Ms: number;
  /** The highest peak RSS of the proxy process over the rounds (MiB); null for direct. */
  peakRssMb: number | null;
  /** Median CPU time of the proxy process per answered request (µs): less sensitive to a busy machine. */
  cpuUsPerRequest: number | null;
  /** Medians of the per-round ratios of req/s (same scenario, same round); null when not measured. */
  vsNginx: number | null;
  vsDirect: number | null;
  vsExpress: number | null;
  vsLean: number | null;
  /** Latency rows: median p50 minus direct's median p50 (ms). */
  addedP50Ms: number | null;
  non2xx: number;
  errors: number;
};

type Scenario = { body: '20 KB' | '1 MB'; connections: number };
const SCENARIOS: Scenario[] = [
  { body: '20 KB', connections: 10 },
  { body: '20 KB', connections: 50 },
  { body: '1 MB', connections: 10 },
  { body: '1 MB', connections: 50 },
];
const LARGE_MEMBER = '900000015';
/** Distinct valid member ids, one per request (the upstream answers the 20 KB member for each). */
const smallPath = (n: number) => `/v3/users/${100_000_000 + n}/targetGroups?includeInactive=true`;
const largePath = () => `/v3/users/${LARGE_MEMBER}/targetGroups?includeInactive=true`;

type Target = {
  via: Via;
  port: number;
  prefix: string;
  headers: Record<string, string>;
  rssPid: () => number | null;
};

function machine(nginx: string): Machine {
  const info = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model,
    cores: cpus().length,
    node: process.version,
    nginx,
    loadAtStart: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

export async function runProxyBench(options: ProxyBenchOptions = {}): Promise<{
  rows: ProxyBenchRow[];
  markdown: string;
}> {
  const quick = options.quick ?? process.env.BENCH_QUICK === '1';
  const rounds = options.rounds ?? (quick ? 1 : 3);
  const durationSec = options.durationSec ?? (quick ? 2 : 4);
  const latencySec = options.latencySec ?? (quick ? 1 : 3);
  const base = options.portBase ?? 9120;
  const log = options.log ?? ((line: string) => console.log(`[proxy bench] ${line}`));
  if (base < 9100 || base + 9 > 9199) throw new Error('portBase must keep ports 9100–9199');
  const ports = {
    upstream: base,
    demo: base + 1,
    ours: base + 2,
    nginx: base + 3,
    express: base + 4,
    lean: base + 5,
  };
  for (const port of Object.values(ports)) await assertFree(port);

  const work = mkdtempSync(join(tmpdir(), 'proxy-bench-'));
  const username = `bench.till.${randomBytes(3).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  const authorization = basicAuthorization(username, password);
  const notes: string[] = [];
  try {
    const tsx = ['--import', 'tsx'];
    const upstream = await start(
      'upstream',
      process.execPath,
      [...tsx, 'bench/proxy-upstream.ts'],
      {
        BENCH_UPSTREAM_PORT: String(ports.upstream),
        BENCH_DEMO_PORT: String(ports.demo),
        BENCH_USERNAME: username,
        BENCH_PASSWORD: password,
      },
      '"ready":true',
    );
    const sizes = JSON.parse(/\{"ready":true[^\n]*\}/.exec(upstream.output())?.[0] ?? '{}') as {
      smallBytes: number;
      largeBytes: number;
    };
    log(`upstream ready: ${sizes.smallBytes} B and ${sizes.largeBytes} B member bodies`);

    const auditPath = join(work, 'audit.log');
    const ours = await start(
      'our proxy',
      process.execPath,
      [...tsx, 'server/index.ts'],
      {
        PORT: String(ports.ours),
        HOST: '127.0.0.1',
        CAPILLARY_BASE_URL: `http://127.0.0.1:${ports.upstream}`,
        CAPILLARY_AUTH: 'basic',
        CAPILLARY_USERNAME: username,
        CAPILLARY_PASSWORD: password,
        DASHBOARD_AUTH: 'none',
        LOG_LEVEL: 'warn',
        AUDIT_LOG: auditPath,
        UPSTREAM_RATE_PER_MIN: '10000000',
        UPSTREAM_MAX_IN_FLIGHT: '10000',
        RATE_LIMIT_PER_USER_PER_MIN: '10000000',
        NODE_ENV: 'production',
      },
      // LOG_LEVEL=warn: the start-up line is not printed, so readiness is a successful request below.
      '',
    );
    await waitForHttp(ports.ours, '/healthz');

    const nginxAvailable = ensureNginx(log);
    let nginx: Child | null = null;
    let nginxVersion = 'not available';
    if ('missing' in nginxAvailable) {
      notes.push(`nginx was not measured: ${nginxAvailable.missing}.`);
      log(notes[notes.length - 1] ?? '');
    } else {
      nginxVersion = nginxAvailable.version + (nginxAvailable.installed ? ' (installed by this run)' : '');
      const conf = writeNginxConfig(join(work, 'nginx'), ports.nginx, ports.upstream, authorization);
      nginx = await start('nginx', nginxAvailable.path, ['-c', conf, '-p', join(work, 'nginx')], {}, '');
      await waitForHttp(ports.nginx, `/api${smallPath(0)}`);
    }

    // A Node proxy of the comparison, forwarding /api to the upstream with its Basic header.
    const nodeProxy = (name: string, script: string, port: number) =>
      start(
        name,
        process.execPath,
        [...tsx, script],
        {
          BENCH_PROXY_PORT: String(port),
          BENCH_UPSTREAM_URL: `http://127.0.0.1:${ports.upstream}`,
          BENCH_AUTHORIZATION: authorization,
          NODE_ENV: 'production',
        },
        '"ready":true',
      );
    const express = await nodeProxy('express', 'bench/proxy-express.ts', ports.express);
    // For scale: what any Node proxy can at best do here (no checks at all).
    const lean = await nodeProxy('lean', 'bench/proxy-lean.ts', ports.lean);

    const common = { 'x-requested-with': 'bench' };
    const nginxMaster = nginx;
    const targets: Target[] = [
      {
        via: 'direct',
        port: ports.upstream,
        prefix: '',
        headers: { ...common, authorization },
        rssPid: () => null,
      },
      { via: 'ours', port: ports.ours, prefix: '/api', headers: common, rssPid: () => ours.pid },
      ...(nginxMaster
        ? [
            {
              via: 'nginx' as const,
              port: ports.nginx,
              prefix: '/api',
              headers: common,
              // The worker does the proxying; the master only supervises.
              rssPid: () => childPids(nginxMaster.pid)[0] ?? nginxMaster.pid,
            },
          ]
        : []),
      { via: 'express', port: ports.express, prefix: '/api', headers: common, rssPid: () => express.pid },
      { via: 'lean', port: ports.lean, prefix: '/api', headers: common, rssPid: () => lean.pid },
    ];

    // Every target must forward both bodies byte for byte before any of it is timed.
    for (const target of targets) {
      for (const [path, bytes] of [
        [smallPath(0), sizes.smallBytes],
        [largePath(), sizes.largeBytes],
      ] as const) {
        const got = await fetchBytes(target.port, target.prefix + path, target.headers).catch(
          (err: unknown) => {
            throw new Error(`${target.via} did not answer ${path}: ${String(err)}`);
          },
        );
        if (got.status !== 200 || got.body.length !== bytes || !isJsonObjectText(got.body)) {
          throw new Error(`${target.via} answered ${got.status} with ${got.body.length} B for ${path}`);
        }
      }
    }
    log('every target forwards both bodies unchanged');

    // Warm-up (JIT, connection pools), not recorded.
    for (const target of targets) {
      await throughputRun({
        port: target.port,
        path: (n) => target.prefix + smallPath(n),
        headers: target.headers,
        connections: 50,
        durationSec: quick ? 1 : 2,
      });
    }

    const figures = new Map<string, RunFigures[]>();
    const record = (key: string, f: RunFigures) => figures.set(key, [...(figures.get(key) ?? []), f]);
    const keyOf = (kind: string, via: Via, s: Scenario) => `${kind}|${via}|${s.body}|${s.connections}`;
    const rotated = (round: number) => targets.map((_, i) => targets[(i + round) % targets.length] as Target);

    const measure = async (
      target: Target,
      run: () => Promise<Omit<RunFigures, 'peakRssKb' | 'cpuUsPerRequest'>>,
    ): Promise<RunFigures> => {
      const pid = target.rssPid();
      const reset = pid !== null && resetPeakRss(pid);
      const cpuBefore = pid === null ? null : cpuMs(pid);
      const f = await run();
      const rss = pid === null ? null : peakRssKb(pid);
      const cpuAfter = pid === null ? null : cpuMs(pid);
      const answered = f.rps * (f.durationSec ?? 0);
      const cpuUsPerRequest =
        cpuBefore === null || cpuAfter === null || answered === 0
          ? null
          : ((cpuAfter - cpuBefore) * 1000) / answered;
      if (pid !== null && !reset && !notes.some((n) => n.includes('VmHWM'))) {
        notes.push('Peak RSS is VmHWM since the process started (clear_refs could not be written).');
      }
      return { ...f, peakRssKb: rss, cpuUsPerRequest };
    };

    for (let round = 0; round < rounds; round++) {
      for (const scenario of SCENARIOS) {
        for (const target of rotated(round)) {
          const path = scenario.body === '20 KB' ? smallPath : largePath;
          const f = await measure(target, () =>
            throughputRun({
              port: target.port,
              path: (n) => target.prefix + path(n),
              headers: target.headers,
              connections: scenario.connections,
              durationSec,
            }),
          );
          record(keyOf('throughput', target.via, scenario), f);
          log(
            `round ${round + 1}/${rounds} ${scenario.body} ×${scenario.connections} ${target.via}: ` +
              `${Math.round(f.rps)} req/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms` +
              (f.non2xx || f.errors ? `, ${f.non2xx} non-2xx, ${f.errors} errors` : ''),
          );
        }
      }
      for (const target of rotated(round)) {
        const f = await measure(target, () =>
          latencyRun({
            port: target.port,
            path: (n) => target.prefix + smallPath(n),
            headers: target.headers,
            durationSec: latencySec,
          }),
        );
        record(keyOf('latency', target.via, { body: '20 KB', connections: 1 }), f);
        log(`round ${round + 1}/${rounds} latency 20 KB ×1 ${target.via}: p50 ${f.p50Ms.toFixed(3)} ms`);
      }
    }

    const rows: ProxyBenchRow[] = [];
    const ratio = (runs: RunFigures[], other: RunFigures[] | undefined) =>
      other && other.length === runs.length
        ? median(runs.map((r, i) => r.rps / (other[i]?.rps ?? NaN)))
        : null;
    const scenarios = [
      ...SCENARIOS.map((s) => ({ kind: 'throughput' as const, s })),
      { kind: 'latency' as const, s: { body: '20 KB' as const, connections: 1 } },
    ];
    for (const { kind, s } of scenarios) {
      const direct = figures.get(keyOf(kind, 'direct', s));
      for (const target of targets) {
        const runs = figures.get(keyOf(kind, target.via, s)) ?? [];
        const rss = runs.map((r) => r.peakRssKb).filter((x): x is number => x !== null);
        const cpu = runs.map((r) => r.cpuUsPerRequest).filter((x): x is number => x !== null);
        const p50 = median(runs.map((r) => r.p50Ms));
        rows.push({
          kind,
          via: target.via,
          body: s.body,
          bodyBytes: s.body === '20 KB' ? sizes.smallBytes : sizes.largeBytes,
          connections: s.connections,
          runs,
          rps: median(runs.map((r) => r.rps)),
          rpsMin: Math.min(...runs.map((r) => r.rps)),
          rpsMax: Math.max(...runs.map((r) => r.rps)),
          p50Ms: p50,
          p99Ms: median(runs.map((r) => r.p99Ms)),
          peakRssMb: rss.length ? Math.max(...rss) / 1024 : null,
          cpuUsPerRequest: cpu.length ? median(cpu) : null,
          vsNginx: ratio(runs, figures.get(keyOf(kind, 'nginx', s))),
          vsDirect: ratio(runs, direct),
          vsExpress: ratio(runs, figures.get(keyOf(kind, 'express', s))),
          vsLean: ratio(runs, figures.get(keyOf(kind, 'lean', s))),
          addedP50Ms: direct ? p50 - median(direct.map((r) => r.p50Ms)) : null,
          non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
          errors: runs.reduce((n, r) => n + r.errors, 0),
        });
      }
    }
    const auditLines = readFileSync(auditPath, 'utf8').split('\n').filter(Boolean).length;
    notes.push(
      `Our proxy wrote ${auditLines.toLocaleString('en')} audit lines to a file during the run ` +
        '(DASHBOARD_AUTH=none, LOG_LEVEL=warn, budgets and limits configured high, breaker and coalescing on).',
    );
    const markdown = proxyMarkdown({
      rows,
      machine: machine(nginxVersion),
      rounds,
      durationSec,
      latencySec,
      sizes,
      notes,
    });
    return { rows, markdown };
  } finally {
    await stopAll();
    rmSync(work, { recursive: true, force: true });
  }
}

function isJsonObjectText(body: Buffer): boolean {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

async function waitForHttp(port: number, path: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetchBytes(port, path, { 'x-requested-with': 'bench' });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nothing answered 200 on 127.0.0.1:${port}${path}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const stopOnSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  runProxyBench()
    .then(({ markdown }) => {
      console.log(`\n${markdown}`);
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
