import { mkdirSync } from 'node:fs';

import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tools/chromium';

/**
 * Screenshots of the main pages at desktop and tablet-portrait width, light and dark, to look at.
 * Needs a running dashboard: `npm start` (or set BASE_URL). Writes test-results/screenshots/.
 */
const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const out = 'test-results/screenshots';
const pages = (process.env.PAGES ?? '/,/members/64035151,/members/547528790,/members/99999').split(',');
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'tablet', width: 768, height: 1024 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const viewport of viewports) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const slug = path === '/' ? 'home' : path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '');
      const file = `${out}/${viewport.name}-${colorScheme}-${slug}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.warn(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
    }
    await context.close();
  }
}
await browser.close();
