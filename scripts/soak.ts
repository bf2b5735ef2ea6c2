import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import autocannon from 'autocannon';

import { startFaultyUpstream, type Behaviour, type FaultyUpstream } from '../server/testing/faulty-upstream';
import { median } from '../tools/stats';

/**
 * `npm run soak`: a bounded load on the real server process (node --import tsx server/index.ts), first
 * with the embedded demo, then in front of a faulty upstream that keeps changing its misbehaviour.
 * Loopback only. Reports the server's RSS and open file descriptors over time, status counts and
 * latency, and whether it still stops cleanly on SIGTERM afterwards. Not part of CI.
 *
 *   SOAK_SECONDS=300         seconds of load per target (two targets: 10 minutes in all)
 *   SOAK_CONNECTIONS=50      concurrent connections (autocannon)
 *   SOAK_TARGETS=demo,faulty which runs, in order
 *   SOAK_SAMPLE_SECONDS=10   how often RSS and descriptors are sampled
 *   SOAK_KEEP_LIMITS=1       keep the default UPSTREAM_RATE_PER_MIN / RATE_LIMIT_PER_USER_PER_MIN
 *                            (without it they are raised, so the load reaches the upstream)
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);
const sampleEvery = Number(process.env.SOAK_SAMPLE_SECONDS ?? 10);
const targets = (process.env.SOAK_TARGETS ?? 'demo,faulty').split(',').map((t) => t.trim());
const HOST = '127.0.0.1';

if (![seconds, connections, sampleEvery].every((n) => Number.isFinite(n) && n > 0) || seconds > 24 * 3600) {
  console.error(
    'SOAK_SECONDS, SOAK_CONNECTIONS and SOAK_SAMPLE_SECONDS must be positive numbers (at most a day).',
  );
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory and open descriptors of a process, from /proc (Linux). */
function sample(pid: number): { rssMb: number; fds: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(rssKb / 102.4) / 10, fds: readdirSync(`/proc/${pid}/fd`).length };
  } catch {
    return { rssMb: NaN, fds: NaN };
  }
}

async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://${HOST}:${port}`;
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null) throw new Error(`the server did not start:\n${stderr}`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, exited, base, stderr: () => stderr };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not answer /healthz within 20 s');
}

/** The faulty upstream changes what it does every few seconds: good stretches, outages, stalls. */
const PHASES: { behaviour: Behaviour; seconds: number }[] = [
  { behaviour: 'ok', seconds: 8 },
  { behaviour: 'personal', seconds: 4 },
  { behaviour: 'status503', seconds: 3 },
  { behaviour: 'ok', seconds: 5 },
  { behaviour: 'resetBeforeHeaders', seconds: 2 },
  { behaviour: 'html500', seconds: 3 },
  { behaviour: 'ok', seconds: 5 },
  { behaviour: 'stall', seconds: 3 },
  { behaviour: 'invalidUser400', seconds: 3 },
  { behaviour: 'truncatedLength', seconds: 2 },
];

function cycle(up: FaultyUpstream): () => void {
  let i = 0;
  let timer: NodeJS.Timeout;
  const next = () => {
    const phase = PHASES[i++ % PHASES.length] ?? { behaviour: 'ok', seconds: 5 };
    up.behaviour = phase.behaviour;
    up.requests.length = 0; // the recorder would otherwise grow for the whole run
    timer = setTimeout(next, phase.seconds * 1000);
  };
  next();
  return () => clearTimeout(timer);
}

type Run = { name: string; env: Record<string, string>; paths: string[] };

async function soak({ name, env, paths }: Run) {
  const auditDir = mkdtempSync(path.join(tmpdir(), 'mp-soak-'));
  const auditLog = path.join(auditDir, 'audit.log');
  const limits: Record<string, string> = process.env.SOAK_KEEP_LIMITS
    ? {}
    : { UPSTREAM_RATE_PER_MIN: '100000', RATE_LIMIT_PER_USER_PER_MIN: '1000000' };
  const server = await startServer({ AUDIT_LOG: auditLog, ...limits, ...env });
  const pid = server.child.pid ?? 0;
  const before = sample(pid);
  console.warn(`\n== ${name}: ${seconds} s, ${connections} connections, pid ${pid}, ${server.base}`);
  console.warn('   t(s)   RSS MB   fds   req/s   statuses so far');

  const counts: Record<string, number> = {};
  let sinceLast = 0;
  const instance = autocannon({
    url: server.base,
    connections,
    duration: seconds,
    timeout: 15,
    requests: [
      {
        method: 'GET',
        headers: { 'x-requested-with': 'soak', accept: 'application/json' },
        setupRequest: (req) => ({
          ...req,
          path: paths[Math.floor(Math.random() * paths.length)] ?? '/healthz',
        }),
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number) => {
    counts[statusCode] = (counts[statusCode] ?? 0) + 1;
    sinceLast += 1;
  });
  const samples: { t: number; rssMb: number; fds: number }[] = [];
  const started = Date.now();
  const timer = setInterval(() => {
    const s = sample(pid);
    const t = Math.round((Date.now() - started) / 1000);
    samples.push({ t, ...s });
    const statuses = Object.entries(counts)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
    console.warn(
      `${String(t).padStart(7)} ${String(s.rssMb).padStart(8)} ${String(s.fds).padStart(5)} ${String(Math.round(sinceLast / sampleEvery)).padStart(7)}   ${statuses}`,
    );
    sinceLast = 0;
  }, sampleEvery * 1000);
  const result = await instance;
  clearInterval(timer);

  // Quiet period: sockets of the load must be gone, memory should settle.
  await new Promise((r) => setTimeout(r, 6_000));
  const after = sample(pid);
  const stopAt = Date.now();
  server.child.kill('SIGTERM');
  const code = await Promise.race([
    server.exited,
    new Promise<'hung'>((r) => setTimeout(() => r('hung'), 20_000)),
  ]);
  if (code === 'hung') server.child.kill('SIGKILL');
  const auditBytes = existsSync(auditLog) ? statSync(auditLog).size : 0;
  rmSync(auditDir, { recursive: true, force: true });

  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const early = median(samples.slice(quarter, 2 * quarter).map((s) => s.rssMb));
  const late = median(samples.slice(-quarter).map((s) => s.rssMb));
  console.warn(`-- ${name} summary`);
  console.warn(`   requests ${result.requests.total}, ${Math.round(result.requests.average)}/s on average`);
  console.warn(
    `   latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  );
  console.warn(
    `   statuses ${JSON.stringify(counts)}; connection errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.warn(
    `   RSS MB: before ${before.rssMb}, peak ${Math.max(...samples.map((s) => s.rssMb))}, second quarter ${early}, last quarter ${late}, after the load ${after.rssMb}`,
  );
  console.warn(
    `   open fds: before ${before.fds}, peak ${Math.max(...samples.map((s) => s.fds))}, after the load ${after.fds}`,
  );
  console.warn(`   audit log ${Math.round(auditBytes / 1024)} KiB`);
  console.warn(
    `   SIGTERM → ${code === 'hung' ? 'did not exit within 20 s (killed)' : `exit ${code} in ${Date.now() - stopAt} ms`}`,
  );
  if (server.stderr()) console.warn(`   stderr:\n${server.stderr()}`);
  return { name, fdsLeaked: after.fds - before.fds, exitCode: code, errors: result.errors };
}

const outcomes = [];
for (const target of targets) {
  if (target === 'demo') {
    const index = existsSync(path.join(root, 'dist', 'index.html')) ? ['/'] : [];
    const demoIds = ['64035151', '547528790', '900000001', '900000015', '900000002', '900000003'];
    outcomes.push(
      await soak({
        name: 'demo',
        env: { DEMO_TODAY: '2026-11-25' },
        paths: [
          ...demoIds.map((id) => `/api/v3/users/${id}/targetGroups`),
          '/api/v3/users/64035151/targetGroups?includeInactive=true',
          '/api/v3/users/99999/targetGroups',
          '/api/v3/users/0123/targetGroups',
          '/api/config',
          '/api/demo/members',
          '/healthz',
          ...index,
        ],
      }),
    );
  } else if (target === 'faulty') {
    const up = await startFaultyUpstream();
    const stop = cycle(up);
    try {
      outcomes.push(
        await soak({
          name: 'faulty upstream',
          env: {
            CAPILLARY_BASE_URL: up.url,
            CAPILLARY_AUTH: 'basic',
            CAPILLARY_USERNAME: 'soak.till',
            CAPILLARY_PASSWORD: 'soak-password',
            DASHBOARD_AUTH: 'none',
            UPSTREAM_TIMEOUT_MS: '1000',
            BREAKER_COOLDOWN_MS: '3000',
          },
          paths: Array.from({ length: 40 }, (_, i) => `/api/v3/users/${64035100 + i}/targetGroups`),
        }),
      );
    } finally {
      stop();
      await up.close();
    }
  } else {
    console.error(`unknown SOAK_TARGETS entry ${target}: demo or faulty`);
    process.exitCode = 2;
  }
}
for (const o of outcomes) {
  console.warn(
    `${o.name}: descriptors after the load ${o.fdsLeaked >= 0 ? '+' : ''}${o.fdsLeaked}, exit ${o.exitCode}`,
  );
}
if (outcomes.some((o) => o.exitCode !== 0)) process.exitCode = 1;
