import type { Page } from '@playwright/test';

import { PASSWORD_BASE_URL } from './support/auth-users';
import { expect as baseExpect, test } from './support/fixtures';
import { signInByApi } from './support/sign-in';

// A member page's first load renders hundreds of elements; on a loaded 2-core CI that can take longer than
// the default 5 s. Waiting longer changes no assertion.
const expect = baseExpect.configure({ timeout: 15_000 });
// Several page loads and sign-ins per test.
test.describe.configure({ timeout: 60_000 });

/**
 * Every route of the production build, under the Content-Security-Policy the server sends with it,
 * raises no `securitypolicyviolation` event (issue 5 §3; scripts/csp-check.ts does the same by hand).
 */
const ROUTES = [
  '/',
  '/members/64035151',
  '/members/547528790',
  '/members/900000001?includeInactive=true&includeInactiveTargets=true',
  '/members/900000015?includeInactive=true',
  '/members/99999',
  '/members/01234',
  '/no/such/page',
];

async function watchViolations(page: Page) {
  // Registered before any page script runs, so a violation during start-up is counted too.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}

async function visit(page: Page, url: string): Promise<{ csp: string | undefined; violations: string[] }> {
  const response = await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Let lazy routes and charts finish drawing; scroll so everything below the fold renders too.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() =>
    (window as unknown as { __cspViolations: string[] }).__cspViolations.splice(0),
  );
  return { csp: response?.headers()['content-security-policy'], violations };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`under the CSP (${colorScheme})`, () => {
    test.use({ colorScheme });

    for (const route of ROUTES) {
      test(`${route} raises no violation`, async ({ page }) => {
        await watchViolations(page);
        const { csp, violations } = await visit(page, route);
        expect(csp, 'the CSP header').toMatch(/script-src 'self'/);
        expect(violations, 'CSP violations').toEqual([]);
      });
    }

    test('the worker that warms the date and number formats starts under the policy, once', async ({
      page,
    }) => {
      await watchViolations(page);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
      const started = page.waitForEvent('worker');
      const { violations } = await visit(page, '/members/64035151');
      await started;
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^Member /);
      // Started by the page's head (public/early-fetch.js) and adopted by the bundle: not a second one.
      expect(workers).toEqual(['/intl-warm.js']);
      expect(violations, 'CSP violations').toEqual([]);
    });

    test('the sign-in page and a signed-in member page raise no violation', async ({ page }) => {
      await watchViolations(page);
      const signIn = await visit(page, `${PASSWORD_BASE_URL}/sign-in`);
      expect(signIn.csp).toMatch(/script-src 'self'/);
      expect(signIn.violations).toEqual([]);
      await signInByApi(page, 'manager');
      const member = await visit(page, `${PASSWORD_BASE_URL}/members/64035151`);
      await expect(page.getByRole('banner')).toContainText('Signed in as e2e.manager');
      expect(member.violations).toEqual([]);
    });
  });
}
