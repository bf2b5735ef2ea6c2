import { expect, test } from './support/fixtures';

test.describe('the start page', () => {
  test('opens a member from the member-id field', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Member Progress' })).toBeVisible();
    await page.getByLabel('Member ID').fill('64035151');
    await page.getByRole('button', { name: 'Open member' }).click();
    await expect(page).toHaveURL(/\/members\/64035151$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  });

  test('refuses an id that is not a member id, and stays put', async ({ page }) => {
    await page.goto('/');
    const field = page.getByLabel('Member ID');
    for (const bad of ['0123', '12a', '-5', '99999999999999999999']) {
      await field.fill(bad);
      await page.getByRole('button', { name: 'Open member' }).click();
      await expect(page.getByText('Enter a member ID: digits only, no leading zero')).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(/\/$/);
    }
  });

  test('links to the demo members, the reference page examples among them', async ({ page }) => {
    await page.goto('/');
    const demo = page.getByRole('region', { name: 'Demo members' });
    await expect(demo).toBeVisible();
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
