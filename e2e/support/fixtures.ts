import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The proxy in front of the faulty upstream (playwright.config.ts starts both). */
export const FAULTY_BASE_URL = `http://127.0.0.1:${Number(process.env.E2E_FAULTY_PROXY_PORT ?? 8182)}`;

type Fixtures = { axe: (page: Page) => Promise<void> };

/** Fails the test on any console error in the page: noise is failure. */
export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(err.message));
    await use(page);
    // Failed /api responses are logged by Chromium as console errors: they are the states under test.
    const unexpected = problems.filter(
      (p) => !/Failed to load resource: the server responded with a status/.test(p),
    );
    expect(unexpected, 'console errors in the page').toEqual([]);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern.
  axe: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`,
      );
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});

export { expect };
