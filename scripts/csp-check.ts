import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tools/chromium';

/**
 * Opens pages of a running dashboard in Chromium under the server's real headers and counts
 * `securitypolicyviolation` events and console errors (a Permissions-Policy that Chromium does not
 * understand is a console error too). Exit code 1 when any page raised one.
 *
 *   npm start   # or: npm run build && npm run serve
 *   node --import tsx scripts/csp-check.ts
 *
 * BASE_URL (default http://127.0.0.1:8080), PAGES (comma-separated paths), CHROMIUM_PATH.
 */
const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const pages = (
  process.env.PAGES ??
  '/,/members/64035151,/members/547528790,/members/900000001?includeInactive=true&includeInactiveTargets=true,/members/900000015?includeInactive=true,/members/99999,/members/01234,/no/such/page'
).split(',');

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failures = 0;
for (const colorScheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  // Registered before any page script runs, so a violation during start-up is counted too.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource: the server responded/.test(msg.text())) {
      consoleErrors.push(msg.text());
    }
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  for (const path of pages) {
    consoleErrors.length = 0;
    const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    // Let charts and lazy routes finish drawing; scroll so everything below the fold renders too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    const violations = await page.evaluate(() =>
      (window as unknown as { __cspViolations: string[] }).__cspViolations.splice(0),
    );
    const csp = response?.headers()['content-security-policy'] ? 'CSP' : 'NO CSP HEADER';
    const problems = [...violations, ...consoleErrors];
    if (problems.length > 0 || csp !== 'CSP') failures += 1;
    console.warn(
      `${colorScheme} ${path}: ${csp}, ${violations.length} violation(s), ${consoleErrors.length} console error(s)`,
    );
    for (const p of problems) console.warn(`  ${p}`);
  }
  await context.close();
}
await browser.close();
console.warn(failures === 0 ? 'No CSP violations.' : `${failures} page(s) with problems.`);
process.exitCode = failures === 0 ? 0 : 1;
