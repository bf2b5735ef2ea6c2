import { expect, test } from './support/fixtures';

// Generated demo members (demo/README.md lists what each one shows). The e2e server fixes DEMO_TODAY.

test.describe('the two switches, kept in the URL', () => {
  test('"Show all cycles" brings past and upcoming periods, and a link reproduces it', async ({ page }) => {
    await page.goto('/members/900000001');
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(3);
    const allCycles = page.getByRole('switch', { name: 'Show all cycles' });
    await expect(allCycles).not.toBeChecked();
    await allCycles.check();
    await expect(page).toHaveURL(/[?&]includeInactive=true/);
    await expect(page.getByRole('progressbar')).toHaveCount(23);
    await expect(page.getByText('Past', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Upcoming', { exact: true }).first()).toBeVisible();

    await page.goto('/members/900000001?includeInactive=true');
    await expect(page.getByRole('switch', { name: 'Show all cycles' })).toBeChecked();
    await expect(page.getByRole('progressbar')).toHaveCount(23);
  });

  test('"Include inactive targets" brings the retired group back', async ({ page }) => {
    await page.goto('/members/900000001');
    await expect(page.getByRole('article')).toHaveCount(3);
    await page.getByRole('switch', { name: 'Include inactive targets' }).check();
    await expect(page).toHaveURL(/[?&]includeInactiveTargets=true/);
    await expect(page.getByRole('article', { name: 'Monsoon double visits (retired)' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(4);
    await page.getByRole('switch', { name: 'Include inactive targets' }).uncheck();
    await expect(page).not.toHaveURL(/includeInactiveTargets=true/);
    await expect(page.getByRole('article')).toHaveCount(3);
  });

  test('both switches together, from a shared link', async ({ page }) => {
    await page.goto('/members/900000001?includeInactiveTargets=true&includeInactive=true');
    await expect(page.getByRole('switch', { name: 'Include inactive targets' })).toBeChecked();
    await expect(page.getByRole('switch', { name: 'Show all cycles' })).toBeChecked();
    await expect(page.getByRole('progressbar')).toHaveCount(27);
  });
});

test('one malformed group becomes an error card; the rest of the member renders', async ({ page }) => {
  await page.goto('/members/900000014');
  await expect(page.getByRole('heading', { level: 1, name: 'Dmitri Ivanov' })).toBeVisible();
  await expect(page.getByText('This target group could not be read')).toBeVisible();
  await expect(page.getByText('Winter warmers').first()).toBeVisible();
  expect(await page.getByRole('progressbar').count()).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Profile' })).toBeVisible();
});

test("Capillary's warnings are shown beside the data", async ({ page }) => {
  await page.goto('/members/900000013');
  await expect(page.getByRole('heading', { level: 1, name: 'Fatima Al-Sayed' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Capillary says' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/\S/);
  expect(await page.getByRole('progressbar').count()).toBeGreaterThan(0);
});

test('a member with nothing enrolled says so', async ({ page }) => {
  await page.goto('/members/900000011');
  await expect(page.getByRole('heading', { level: 1, name: 'Lars Øvergaard' })).toBeVisible();
  await expect(page.getByText('No target groups: this member is not enrolled in any goal.')).toBeVisible();
});

test('unknown enum values are shown as sent, never crash the page', async ({ page }) => {
  await page.goto('/members/900000012');
  await expect(page.getByRole('heading', { level: 1, name: '田中 愛子' })).toBeVisible();
  const groups = page.getByRole('region', { name: 'Target groups' }).getByRole('article');
  await expect(groups.getByText('TIERED_STREAKS').first()).toBeVisible();
  await expect(groups.getByText('PAUSED').first()).toBeVisible();
});

test('capping groups read as a cap; alternate currencies are named', async ({ page }) => {
  await page.goto('/members/900000009');
  await expect(page.getByText('Stars').first()).toBeVisible();
  await expect(page.getByText('Stamps').first()).toBeVisible();
  await page.goto('/members/900000021');
  await expect(page.getByText('Cap reached').first()).toBeVisible();
});

test('no figure ever reads NaN, Infinity, undefined, [object Object] or Invalid Date', async ({ page }) => {
  for (const id of ['900000008', '900000012', '900000016', '900000020', '900000022', '64035151']) {
    await page.goto(`/members/${id}?includeInactive=true&includeInactiveTargets=true`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Exact: the print-only stamp ("Member ID … · data as of …") is in the DOM but hidden on screen.
    await expect(page.getByText(/^Member ID \d+$/)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined|\[object Object\]|Invalid Date/);
  }
});

test.describe('on a tablet in portrait', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('no sideways scrolling, even for a long name and many cycles', async ({ page, axe }) => {
    for (const path of ['/', '/members/900000010?includeInactive=true', '/members/64035151']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await axe(page);
  });
});

test('the largest member (60 groups × 24 cycles) shows every group and every bar', async ({ page }) => {
  // A functional check, not a timing gate (bench/page-load.ts measures time): two workers on two cores may
  // share the machine with another heavy page, so the wait is generous.
  test.setTimeout(90_000);
  const started = Date.now();
  await page.goto('/members/900000015?includeInactive=true');
  await expect(page.getByRole('heading', { level: 1, name: 'Chidi Okonkwo' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(60, { timeout: 60_000 });
  test.info().annotations.push({
    type: 'large member, all groups shown (ms)',
    description: String(Date.now() - started),
  });
  // Each card comes with its current period; the past and upcoming ones follow, and stay.
  await expect(page.getByRole('progressbar')).toHaveCount(60 * 24, { timeout: 60_000 });
  await expect(page.getByRole('article').last().getByRole('progressbar')).toHaveCount(24);
});
