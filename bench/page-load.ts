import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium, type Browser, type Page } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../tools/chromium';
import { median } from '../tools/stats';

/**
 * Page timing in Chromium against a running dashboard, for a small member and for the largest demo
 * member (60 groups × 24 cycles), small and large interleaved run by run so that a change in the
 * machine's load shows in both. A benchmark, never a test.
 *
 * Times are taken inside the page (a MutationObserver, performance.now() from the navigation's start),
 * so neither Playwright's polling nor a trace's overhead is in them:
 * - name on screen: the heading reads the member's name (it reads "Member N" while the answer is on
 *   its way);
 * - every group in the DOM: one card (`article`) per group;
 * - every bar in the DOM: one progress bar per period (the cards draw their current periods first and
 *   their past and upcoming ones after).
 * Each is measured cold (a fresh browser context: nothing cached, nothing compiled) and warm (the same
 * context after one earlier visit of the page: scripts in the HTTP cache, as for someone who used the
 * dashboard before). Main-thread CPU comes from a separate, traced cold load, since tracing slows the
 * page it records.
 */
export type PageMember = { label: string; path: string; name: string; groups: number; bars: number };

/** The demo's members (demo/): their names are fixed, like their groups and periods. */
export const PAGE_MEMBERS: PageMember[] = [
  { label: 'small (1 group, 1 bar)', path: '/members/387043873', name: 'Tom Sawyer', groups: 1, bars: 1 },
  {
    label: 'largest (60 groups × 24 cycles)',
    path: '/members/900000015?includeInactive=true',
    name: 'Chidi Okonkwo',
    groups: 60,
    bars: 1440,
  },
];

export type PageRun = {
  nameMs: number;
  allGroupsMs: number;
  allBarsMs: number;
  longTasks: number;
  blockingMs: number;
  heapMb: number;
};

export type PageBenchRow = {
  member: string;
  cold: PageRun[];
  warm: PageRun[];
  /** Main-thread CPU of traced cold loads (ms), one per round. */
  cpuMs: number[];
  median: { cold: PageRun; warm: PageRun; cpuMs: number };
};

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

/**
 * Records, inside the page, when the name, every group and every bar are in the DOM, and long tasks.
 * Cheap on purpose, as it runs in the page it measures: live collections for headings and cards, and
 * the bars counted only once every card is there.
 */
function probeScript(member: PageMember): string {
  // A string, not a function: the page must not depend on how this file was compiled.
  return `(() => {
    const t = (window.__mp = { long: 0, blocking: 0 });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) { t.long += 1; t.blocking += Math.max(0, e.duration - 50); } })
      .observe({ type: 'longtask', buffered: true });
    const name = ${JSON.stringify(member.name)};
    const headings = document.getElementsByTagName('h1');
    const cards = document.getElementsByTagName('article');
    const check = () => {
      const now = performance.now();
      if (t.name === undefined) {
        for (const h of headings) if ((h.textContent || '').trim() === name) { t.name = now; break; }
      }
      if (t.groups === undefined && cards.length >= ${member.groups}) t.groups = now;
      if (t.groups !== undefined && t.bars === undefined &&
          document.querySelectorAll('[role=progressbar]').length >= ${member.bars}) t.bars = now;
      if (t.name !== undefined && t.bars !== undefined) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

type Probe = { name?: number; groups?: number; bars?: number; long: number; blocking: number };

async function measuredLoad(page: Page, baseUrl: string, member: PageMember): Promise<PageRun> {
  await page.goto(baseUrl + member.path, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const t = (window as unknown as { __mp?: Probe }).__mp;
      return t?.name !== undefined && t.groups !== undefined && t.bars !== undefined;
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
  const probe = await page.evaluate(() => (window as unknown as { __mp: Probe }).__mp);
  const cdp = await page.context().newCDPSession(page);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return {
    nameMs: Math.round(probe.name ?? NaN),
    allGroupsMs: Math.round(probe.groups ?? NaN),
    allBarsMs: Math.round(probe.bars ?? NaN),
    longTasks: probe.long,
    blockingMs: Math.round(probe.blocking),
    heapMb: usedSize / 1024 / 1024,
  };
}

async function withContext<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A fresh page with the HTTP connection to the dashboard open (what any visit has), not the page. */
async function coldPage(page: Page, baseUrl: string, member: PageMember): Promise<void> {
  await page.goto(`${baseUrl}/healthz`);
  await page.addInitScript({ content: probeScript(member) });
}

async function coldLoad(browser: Browser, baseUrl: string, member: PageMember): Promise<PageRun> {
  return withContext(browser, async (page) => {
    await coldPage(page, baseUrl, member);
    return measuredLoad(page, baseUrl, member);
  });
}

async function warmLoad(browser: Browser, baseUrl: string, member: PageMember): Promise<PageRun> {
  return withContext(browser, async (page) => {
    await page.addInitScript({ content: probeScript(member) });
    await measuredLoad(page, baseUrl, member); // the earlier visit, not recorded
    await page.goto(`${baseUrl}/healthz`);
    return measuredLoad(page, baseUrl, member);
  });
}

async function tracedCpuMs(
  browser: Browser,
  baseUrl: string,
  member: PageMember,
  tracePath: string,
): Promise<number> {
  return withContext(browser, async (page) => {
    await coldPage(page, baseUrl, member);
    await browser.startTracing(page, {
      path: tracePath,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await measuredLoad(page, baseUrl, member);
    await browser.stopTracing();
    return Math.round(mainThreadCpuMs(tracePath));
  });
}

export async function runPageBench(options: {
  baseUrl: string;
  runs?: number;
  log?: (line: string) => void;
}): Promise<{ rows: PageBenchRow[]; markdown: string }> {
  // Nine rounds: on this shared machine one cold load of the same build ranges over ±150 ms, and the
  // median of five moved by about 80 ms from run to run.
  const runs = options.runs ?? Number(process.env.RUNS ?? 9);
  const log = options.log ?? ((line: string) => console.log(`[page bench] ${line}`));
  const tracePath = join(tmpdir(), `mp-page-trace-${process.pid}.json`);
  const browser = await launchChromium();
  const samples = new Map(
    PAGE_MEMBERS.map((m) => [m.label, { cold: [] as PageRun[], warm: [] as PageRun[], cpu: [] as number[] }]),
  );
  try {
    for (let i = 0; i < runs; i++) {
      for (const member of PAGE_MEMBERS) {
        const sample = samples.get(member.label);
        if (!sample) continue;
        const cold = await coldLoad(browser, options.baseUrl, member);
        const warm = await warmLoad(browser, options.baseUrl, member);
        const cpu = await tracedCpuMs(browser, options.baseUrl, member, tracePath);
        sample.cold.push(cold);
        sample.warm.push(warm);
        sample.cpu.push(cpu);
        log(
          `run ${i + 1}/${runs} ${member.label}: cold name ${cold.nameMs} ms, groups ${cold.allGroupsMs} ms, ` +
            `bars ${cold.allBarsMs} ms; warm groups ${warm.allGroupsMs} ms, bars ${warm.allBarsMs} ms; CPU ${cpu} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    rmSync(tracePath, { force: true });
  }
  const medianRun = (list: PageRun[]): PageRun => {
    const pick = (key: keyof PageRun) => median(list.map((r) => r[key]));
    return {
      nameMs: pick('nameMs'),
      allGroupsMs: pick('allGroupsMs'),
      allBarsMs: pick('allBarsMs'),
      longTasks: pick('longTasks'),
      blockingMs: pick('blockingMs'),
      heapMb: pick('heapMb'),
    };
  };
  const rows = PAGE_MEMBERS.map((member): PageBenchRow => {
    const sample = samples.get(member.label) ?? { cold: [], warm: [], cpu: [] };
    return {
      member: member.label,
      cold: sample.cold,
      warm: sample.warm,
      cpuMs: sample.cpu,
      median: { cold: medianRun(sample.cold), warm: medianRun(sample.warm), cpuMs: median(sample.cpu) },
    };
  });
  return { rows, markdown: pageMarkdown(rows, runs) };
}

function pageMarkdown(rows: PageBenchRow[], runs: number): string {
  const [small, large] = rows;
  const all = (list: PageRun[], key: keyof PageRun) => list.map((r) => r[key]).join(', ');
  const lines = [
    `Medians of ${runs} loads of each kind, small and largest interleaved; 1280 × 900. Times from the start of the ` +
      'navigation, taken inside the page. **Cold**: a fresh browser context (nothing cached or compiled). ' +
      '**Warm**: the same context after one earlier visit of the page (scripts from the HTTP cache). ' +
      'Main-thread CPU: separate traced cold loads.',
    '',
    '| member | load | name on screen | every group in the DOM | every bar in the DOM | main-thread CPU | long tasks | blocking > 50 ms | JS heap |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const { cold, warm, cpuMs } = row.median;
    lines.push(
      `| ${row.member} | cold | ${cold.nameMs} ms | **${cold.allGroupsMs} ms** (${all(row.cold, 'allGroupsMs')}) | ` +
        `${cold.allBarsMs} ms (${all(row.cold, 'allBarsMs')}) | ${cpuMs} ms | ${cold.longTasks} | ${cold.blockingMs} ms | ${cold.heapMb.toFixed(1)} MB |`,
      `| ${row.member} | warm | ${warm.nameMs} ms | **${warm.allGroupsMs} ms** (${all(row.warm, 'allGroupsMs')}) | ` +
        `${warm.allBarsMs} ms (${all(row.warm, 'allBarsMs')}) | – | ${warm.longTasks} | ${warm.blockingMs} ms | ${warm.heapMb.toFixed(1)} MB |`,
    );
  }
  if (small && large) {
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    lines.push(
      '',
      `Name on screen, largest ÷ small: **${ratio(large.median.cold.nameMs, small.median.cold.nameMs)}×** cold, ` +
        `**${ratio(large.median.warm.nameMs, small.median.warm.nameMs)}×** warm (target ≤ 1.5×). ` +
        `Every group of the largest member in the DOM: **${large.median.cold.allGroupsMs} ms** cold, ` +
        `**${large.median.warm.allGroupsMs} ms** warm (target < 1,000 ms); every one of its 1,440 bars: ` +
        `${large.median.cold.allBarsMs} ms cold, ${large.median.warm.allBarsMs} ms warm.`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown } = await runPageBench({ baseUrl: process.env.BASE_URL ?? 'http://127.0.0.1:8080' });
  console.log(markdown);
}
