import { expect, test } from './support/fixtures';

/**
 * A member page opened directly (a link, a reload): the head script asks for the member, the HTML names
 * the member page's code for preloading, and the app adopts both, so nothing is asked for twice
 * (docs/decisions/019-first-load-starts-before-the-app.md).
 */
test.describe('the first load of a member page', () => {
  test('asks for the member once, from the page head, and shows it', async ({ page }) => {
    const memberAsks: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/targetGroups')) memberAsks.push(request.url());
    });
    // Notes whether the head script left its request on the page (before any page script runs).
    await page.addInitScript(() => {
      const seen = window as unknown as { headFetchLeft?: boolean };
      let left: unknown;
      Object.defineProperty(window, '__memberProgressEarlyFetch', {
        configurable: true,
        get: () => left,
        set: (value: unknown) => {
          seen.headFetchLeft = true;
          left = value;
        },
      });
    });
    await page.goto('/members/64035151?includeInactive=true');
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(memberAsks).toEqual([
      expect.stringMatching(/\/api\/v3\/users\/64035151\/targetGroups\?includeInactive=true$/),
    ]);
    // The head script asked, and the app adopted its request rather than leave it.
    expect(await page.evaluate(() => (window as { headFetchLeft?: boolean }).headFetchLeft)).toBe(true);
    expect(await page.evaluate(() => '__memberProgressEarlyFetch' in window)).toBe(false);

    // A Refresh asks again: the early answer is used once.
    await page.getByRole('button', { name: /^Refresh/ }).click();
    await expect.poll(() => memberAsks.length).toBe(2);
  });

  test("preloads the member page's code with the HTML, and loads it once", async ({ page }) => {
    const chunkLoads: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/member-route-[\w-]+\.js$/.test(request.url())) chunkLoads.push(request.url());
    });
    const response = await page.goto('/members/547528790');
    const link = response?.headers().link ?? '';
    expect(link).toMatch(/^<\/assets\/member-route-[\w-]+\.js>; rel=modulepreload$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(chunkLoads).toHaveLength(1);
    expect(new URL(chunkLoads[0] ?? '').pathname).toBe(/^<([^>]+)>/.exec(link)?.[1]);
  });

  test('the start page asks for no member and preloads nothing', async ({ page }) => {
    const memberAsks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/targetGroups')) memberAsks.push(request.url());
    });
    const response = await page.goto('/');
    expect(response?.headers().link).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1, name: 'Member Progress' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(memberAsks).toEqual([]);
  });
});
