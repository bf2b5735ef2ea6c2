import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium, type Browser } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../tools/chromium';
import { median } from '../tools/stats';

/**
 * Page timing in Chromium against a running dashboard: from navigation to the member's name on screen,
 * and to every group in the DOM, for a small member and for the largest demo member (60 groups × 24
 * cycles); long tasks, their blocking time past 50 ms, the renderer main thread's CPU time (from a
 * trace) and the JS heap. Cold loads in fresh contexts, small and large interleaved run by run so that
 * a change in the machine's load shows in both. A benchmark, never a test.
 */
export type PageMember = { label: string; path: string; groups: number };

export const PAGE_MEMBERS: PageMember[] = [
  { label: 'small (1 group, 1 bar)', path: '/members/387043873', groups: 1 },
  { label: 'largest (60 groups × 24 cycles)', path: '/members/900000015?includeInactive=true', groups: 60 },
];

export type PageRun = {
  nameMs: number;
  allGroupsMs: number;
  longTasks: number;
  blockingMs: number;
  mainThreadCpuMs: number;
  heapMb: number;
};

export type PageBenchRow = { member: string; runs: PageRun[]; median: PageRun };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

type TraceEvent = {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/** CPU time (ms) of the busiest renderer main thread in a Chromium trace. */
function mainThreadCpuMs(tracePath: string): number {
  const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
  const names = new Map<string, string>();
  for (const e of traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  const cpu = new Map<string, number>();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(thread) === 'CrRendererMain') {
      cpu.set(thread, (cpu.get(thread) ?? 0) + (e.tdur ?? 0) / 1000);
    }
  }
  return Math.max(0, ...cpu.values());
}

async function loadOnce(
  browser: Browser,
  baseUrl: string,
  member: PageMember,
  tracePath: string,
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // Warm what a returning user has warm (the HTTP connection, the browser's storage), not the page.
    await page.goto(`${baseUrl}/healthz`);
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number; __blocking: number };
      w.__long = 0;
      w.__blocking = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__long += 1;
          w.__blocking += Math.max(0, entry.duration - 50);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    await browser.startTracing(page, {
      path: tracePath,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const start = Date.now();
    await page.goto(baseUrl + member.path);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Member Progress' }).waitFor();
    const nameMs = Date.now() - start;
    await page.waitForFunction((n) => document.querySelectorAll('article').length >= n, member.groups, {
      timeout: 60_000,
      polling: 'raf',
    });
    const allGroupsMs = Date.now() - start;
    await browser.stopTracing();
    const { longTasks, blockingMs } = await page.evaluate(() => {
      const w = window as unknown as { __long: number; __blocking: number };
      return { longTasks: w.__long, blockingMs: w.__blocking };
    });
    const cdp = await context.newCDPSession(page);
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return {
      nameMs,
      allGroupsMs,
      longTasks,
      blockingMs: Math.round(blockingMs),
      mainThreadCpuMs: Math.round(mainThreadCpuMs(tracePath)),
      heapMb: usedSize / 1024 / 1024,
    };
  } finally {
    await context.close();
  }
}

export async function runPageBench(options: {
  baseUrl: string;
  runs?: number;
  log?: (line: string) => void;
}): Promise<{ rows: PageBenchRow[]; markdown: string }> {
  const runs = options.runs ?? Number(process.env.RUNS ?? 5);
  const log = options.log ?? ((line: string) => console.log(`[page bench] ${line}`));
  const tracePath = join(tmpdir(), `mp-page-trace-${process.pid}.json`);
  const browser = await launchChromium();
  const samples = new Map<string, PageRun[]>(PAGE_MEMBERS.map((m) => [m.label, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const member of PAGE_MEMBERS) {
        const run = await loadOnce(browser, options.baseUrl, member, tracePath);
        samples.get(member.label)?.push(run);
        log(`run ${i + 1}/${runs} ${member.label}: name ${run.nameMs} ms, all groups ${run.allGroupsMs} ms`);
      }
    }
  } finally {
    await browser.close();
    rmSync(tracePath, { force: true });
  }
  const rows = PAGE_MEMBERS.map((member): PageBenchRow => {
    const list = samples.get(member.label) ?? [];
    const pick = (key: keyof PageRun) => median(list.map((r) => r[key]));
    return {
      member: member.label,
      runs: list,
      median: {
        nameMs: pick('nameMs'),
        allGroupsMs: pick('allGroupsMs'),
        longTasks: pick('longTasks'),
        blockingMs: pick('blockingMs'),
        mainThreadCpuMs: pick('mainThreadCpuMs'),
        heapMb: pick('heapMb'),
      },
    };
  });
  return { rows, markdown: pageMarkdown(rows, runs) };
}

function pageMarkdown(rows: PageBenchRow[], runs: number): string {
  const [small, large] = rows;
  const lines = [
    `Medians of ${runs} cold loads each (fresh browser context), small and largest interleaved; 1280 × 900.`,
    '',
    '| member | name on screen | every group in the DOM | main-thread CPU | long tasks | blocking > 50 ms | JS heap |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ member, median: m, runs: all }) =>
        `| ${member} | ${m.nameMs} ms | **${m.allGroupsMs} ms** (${all.map((r) => r.allGroupsMs).join(', ')}) | ` +
        `${m.mainThreadCpuMs} ms | ${m.longTasks} | ${m.blockingMs} ms | ${m.heapMb.toFixed(1)} MB |`,
    ),
  ];
  if (small && large) {
    lines.push(
      '',
      `Name on screen, largest ÷ small: **${(large.median.nameMs / small.median.nameMs).toFixed(2)}×** (target ≤ 1.5×); ` +
        `every group of the largest member in the DOM: **${large.median.allGroupsMs} ms** (target < 1,000 ms).`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown } = await runPageBench({ baseUrl: process.env.BASE_URL ?? 'http://127.0.0.1:8080' });
  console.log(markdown);
}
