import { expect, test } from './support/fixtures';

test.describe('the start page', () => {
  // The member-id field became the member search (issue 3): an id is opened from its "Open member" choice.
  test('opens a member from the search field', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Member Progress' })).toBeVisible();
    await page.getByRole('main').getByLabel('Find a member').fill('64035151');
    await page.getByRole('option', { name: 'Open member 64035151' }).click();
    await expect(page).toHaveURL(/\/members\/64035151$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  });

  test('explains an entry that fits no search, and stays put', async ({ page }) => {
    await page.goto('/');
    const field = page.getByLabel('Find a member');
    for (const [bad, why] of [
      ['asha@', 'That is not a complete email address.'],
      ['+91 12', 'A mobile number has 8 to 15 digits, country code included.'],
    ] as const) {
      await field.fill(bad);
      await field.press('Enter');
      await expect(page.getByRole('alert')).toHaveText(why);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(/\/$/);
    }
  });

  test('links to the demo members, the reference page examples among them', async ({ page }) => {
    const configAsks: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/config') configAsks.push(request.url());
    });
    await page.goto('/');
    const demo = page.getByRole('region', { name: 'Demo members' });
    await expect(demo).toBeVisible();
    // The demo list and the sign-in parts read one answer: the server's config is asked for once.
    await page.waitForLoadState('networkidle');
    expect(configAsks).toHaveLength(1);
    for (const id of ['64035151', '547528790', '387043873', '387035386']) {
      await expect(demo.getByRole('link').filter({ hasText: id })).toHaveCount(1);
    }
    expect(await demo.getByRole('link').count()).toBeGreaterThanOrEqual(24);
    await demo.getByRole('link').filter({ hasText: '547528790' }).click();
    await expect(page).toHaveURL(/\/members\/547528790$/);
  });

  test('has no accessibility violations', async ({ page, axe }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Demo members' }).getByRole('link').first()).toBeVisible();
    await axe(page);
  });
});
