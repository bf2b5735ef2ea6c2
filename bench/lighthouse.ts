import { pathToFileURL } from 'node:url';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { chromiumArgs, chromiumPath } from '../tools/chromium';
import { median } from '../tools/stats';

/**
 * Lighthouse 12.2.3, desktop preset, performance only, on member pages of a running dashboard, in
 * Debian's Chromium. Median score of `runs` runs per page (Lighthouse's own advice: scores vary
 * between runs on the same machine).
 */
export const LIGHTHOUSE_PAGES = [
  { label: 'member 64035151 (reference example)', path: '/members/64035151' },
  { label: 'largest demo member (60 groups × 24 cycles)', path: '/members/900000015?includeInactive=true' },
];

export type LighthouseRow = {
  page: string;
  scores: number[];
  /** Runs Lighthouse could not complete (its runtimeError code), left out of the median. */
  failures: string[];
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
};

export async function runLighthouse(options: {
  baseUrl: string;
  runs?: number;
  log?: (line: string) => void;
}): Promise<{ rows: LighthouseRow[]; markdown: string }> {
  const runs = options.runs ?? Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const log = options.log ?? ((line: string) => console.log(`[lighthouse] ${line}`));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const results: Omit<LighthouseRow, 'page' | 'scores' | 'failures' | 'score'>[] = [];
      const scores: number[] = [];
      const failures: string[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          options.baseUrl + page.path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          desktopConfig,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        if (lhr.runtimeError) {
          // A run Lighthouse could not complete scores 0; it says nothing about the page's speed.
          failures.push(`${lhr.runtimeError.code}`);
          log(
            `${page.label}: run ${i + 1}/${runs} failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
          continue;
        }
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
        scores.push(score);
        results.push({
          fcpMs: audit('first-contentful-paint'),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          speedIndexMs: audit('speed-index'),
        });
        log(`${page.label}: run ${i + 1}/${runs} score ${score}`);
      }
      const pick = (key: keyof (typeof results)[number]) => median(results.map((r) => r[key]));
      rows.push({
        page: page.label,
        scores,
        failures,
        score: median(scores),
        fcpMs: pick('fcpMs'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        speedIndexMs: pick('speedIndexMs'),
      });
    }
  } finally {
    await chrome.kill();
  }
  const ms = (v: number) => `${Math.round(v)} ms`;
  const markdown = [
    `Lighthouse 12.2.3, desktop preset (simulated throttling), performance category; median of ${runs} runs (a run Lighthouse could not complete is named, not counted).`,
    '',
    '| page | score (runs) | FCP | LCP | TBT | CLS | Speed Index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.page} | **${r.scores.length ? r.score : 'every run failed'}** (${[...r.scores, ...r.failures.map((f) => `run failed: ${f}`)].join(', ')}) | ${ms(r.fcpMs)} | ${ms(r.lcpMs)} | ${ms(r.tbtMs)} | ` +
        `${r.cls.toFixed(3)} | ${ms(r.speedIndexMs)} |`,
    ),
  ].join('\n');
  return { rows, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown } = await runLighthouse({ baseUrl: process.env.BASE_URL ?? 'http://127.0.0.1:8080' });
  console.log(markdown);
}
