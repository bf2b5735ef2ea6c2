import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bundleSizes, sizesTable } from '../tools/bundle-size';
import { chromiumPath } from '../tools/chromium';
import { runContractBench } from './contract';
import { runLighthouse } from './lighthouse';
import { runPageBench } from './page-load';
import { runProxyBench } from './proxy';

/**
 * `npm run bench`: builds the SPA, then measures in one run, on this machine, and writes
 * docs/benchmarks.md (and prints it):
 *   1. the proxy against the same upstream reached directly, nginx and express + http-proxy-middleware;
 *   2. the member page in Chromium (small and largest member) and Lighthouse's desktop score;
 *   3. the bundle's sizes, gzip and brotli;
 *   4. the contract's parse time on the largest member.
 * BENCH_ONLY=bundle,contract,page,lighthouse,proxy picks parts; BENCH_QUICK=1 shortens every part.
 * Everything listens on 127.0.0.1; every run is bounded.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
const only = new Set((process.env.BENCH_ONLY ?? 'bundle,contract,page,lighthouse,proxy').split(','));
const PAGE_PORT = 9300;
const log = (line: string) => console.log(`[bench] ${line}`);

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    // Reported as unknown.
  }
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu}, ${cpus().length} cores; memory ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node ${process.version}; ${chromium}`,
    `- Load average when the run started: ${load} (other work on the machine shows here; ratios within one run are what to compare)`,
  ].join('\n');
}

async function startDashboard(auditDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PAGE_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DEMO_TODAY: '2026-11-25',
      DASHBOARD_AUTH: 'none',
      AUDIT_LOG: join(auditDir, 'audit.log'),
      UPSTREAM_RATE_PER_MIN: '100000',
      RATE_LIMIT_PER_USER_PER_MIN: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The dashboard exited (code ${child.exitCode}) before listening`);
    try {
      const response = await fetch(`http://127.0.0.1:${PAGE_PORT}/healthz`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The dashboard did not start on port ${PAGE_PORT} within 30 s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

const sections: string[] = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/index.ts); every figure below comes from the one run described here.',
  'Timings depend on the machine and on what else it is doing: compare ratios within a run, not across runs.',
  '',
  '## Machine',
  '',
  machine(),
];

log('building the SPA (npm run build)');
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

if (only.has('proxy')) {
  log('1. proxy');
  const { markdown } = await runProxyBench({ quick });
  // The proxy section brings its own "## Proxy" heading; numbered here like the others.
  sections.push('', markdown.replace(/^## Proxy/, '## 1. Proxy'));
}

if (only.has('page') || only.has('lighthouse')) {
  const auditDir = mkdtempSync(join(tmpdir(), 'mp-bench-'));
  const dashboard = await startDashboard(auditDir);
  try {
    const baseUrl = `http://127.0.0.1:${PAGE_PORT}`;
    if (only.has('page')) {
      log('2. page load in Chromium');
      const { markdown } = await runPageBench({ baseUrl, runs: quick ? 2 : 9 });
      sections.push('', '## 2. Member page in Chromium', '', markdown);
    }
    if (only.has('lighthouse')) {
      log('2b. Lighthouse');
      const { markdown } = await runLighthouse({ baseUrl, runs: quick ? 1 : 3 });
      sections.push('', '### Lighthouse', '', markdown);
    }
  } finally {
    await stop(dashboard);
    rmSync(auditDir, { recursive: true, force: true });
  }
}

if (only.has('bundle')) {
  log('3. bundle sizes');
  sections.push(
    '',
    '## 3. Bundle',
    '',
    'gzip level 9 and brotli quality 11 of each asset of `npm run build`; "initial" is what index.html loads. ' +
      'The budget (scripts/size-check.ts, run by `npm test`): initial JS ≤ 130 kB gzip, CSS ≤ 10 kB, any lazy chunk ≤ 125 kB.',
    '',
    sizesTable(bundleSizes(join(root, 'dist'))),
  );
}

if (only.has('contract')) {
  log('4. contract parse');
  const { markdown } = await runContractBench(quick ? { runs: 10, warmup: 5, rounds: 1 } : {});
  sections.push('', '## 4. Contract', '', markdown);
}

const text = `${sections.join('\n')}\n`;
const target = join(root, 'docs', 'benchmarks.md');
// A partial run (BENCH_ONLY) prints its sections without overwriting the full record.
if (only.size === 5) writeFileSync(target, text);
console.log(`\n${text}`);
log(only.size === 5 ? `written to ${target}` : 'partial run: docs/benchmarks.md left as it was');
