import { chromium } from '@playwright/test';

/**
 * Page timing in Chromium against a running dashboard (BASE_URL, default http://127.0.0.1:8080):
 * navigation → the member's name on screen, and navigation → every group in the DOM, for a small member and
 * for the largest demo member (60 groups × 24 cycles), with long tasks and JS heap. Median of RUNS (5) cold loads.
 * Reported as figures and as the large/small ratio; a benchmark, never a test.
 */
const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const runs = Number(process.env.RUNS ?? 5);
const members = [
  { label: 'small (1 group)', path: '/members/387043873', groups: 1 },
  { label: 'largest (60 × 24)', path: '/members/900000015?includeInactive=true', groups: 60 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const results: Record<string, { name: number; all: number; longTasks: number; heapMb: number }> = {};
for (const member of members) {
  const name: number[] = [];
  const all: number[] = [];
  const longTasks: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __long: number }).__long = 0;
      new PerformanceObserver((list) => {
        (window as unknown as { __long: number }).__long += list.getEntries().length;
      }).observe({ type: 'longtask', buffered: true });
    });
    const start = Date.now();
    await page.goto(baseUrl + member.path);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Member Progress' }).waitFor();
    name.push(Date.now() - start);
    await page.waitForFunction((n) => document.querySelectorAll('article').length >= n, member.groups, {
      timeout: 30_000,
      polling: 'raf',
    });
    all.push(Date.now() - start);
    longTasks.push(await page.evaluate(() => (window as unknown as { __long: number }).__long));
    const cdp = await context.newCDPSession(page);
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heap.push(usedSize / 1024 / 1024);
    await context.close();
  }
  results[member.label] = {
    name: median(name),
    all: median(all),
    longTasks: median(longTasks),
    heapMb: median(heap),
  };
}
await browser.close();
console.table(results);
const [small, large] = members.map((m) => results[m.label]);
if (small && large) console.warn(`name on screen, largest ÷ small: ${(large.name / small.name).toFixed(2)}×`);
