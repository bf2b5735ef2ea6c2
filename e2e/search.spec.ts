import type { Page } from '@playwright/test';

import { expect, test } from './support/fixtures';

// "Find a member" against the demo upstream's lookup (demo/README.md, Lookup): Tom Sawyer (64035151) owns
// the reference mobile 919988221100; Asha Rao (900000001) has asha.rao@example.org; every member has
// the external id MP-<userId> and the card 7031 + the id padded to 12 digits.

const search = (page: Page) => page.getByRole('search');
const field = (page: Page) => page.getByRole('combobox', { name: 'Find a member' });
const choices = (page: Page) => page.getByRole('listbox', { name: 'Search choices' }).getByRole('option');

test.describe('find a member', () => {
  test('by mobile: Enter on a number shows the choices, picks none; "Find by mobile" lands on the member', async ({
    page,
  }) => {
    await page.goto('/');
    await field(page).fill('919988221100');
    await field(page).press('Enter');
    await expect(choices(page)).toHaveText([
      'Find by mobile',
      'Open member 919988221100',
      'Find by card number',
      'Find by external ID',
    ]);
    await expect(page.getByText('Several searches fit: choose one')).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await field(page).press('ArrowDown');
    await expect(page.getByRole('option', { name: 'Find by mobile' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await field(page).press('Enter');
    await expect(page).toHaveURL(/\/members\/64035151$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  });

  test('by email, straight away, from the search in the banner', async ({ page }) => {
    await page.goto('/members/900000011');
    await expect(page.getByRole('heading', { level: 1, name: 'Lars Øvergaard' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('search')).toBeVisible();
    await page.keyboard.press('/');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('asha.rao@example.org');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/members\/900000001$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
    await expect(field(page)).toHaveValue('');
  });

  test('by card number, written in groups of four', async ({ page }) => {
    await page.goto('/');
    await field(page).fill('7031 0009 0000 0013');
    await field(page).press('Enter');
    await expect(choices(page)).toHaveText(['Find by card number', 'Find by external ID']);
    await page.getByRole('option', { name: 'Find by card number' }).click();
    await expect(page).toHaveURL(/\/members\/900000013$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Fatima Al-Sayed' })).toBeVisible();
  });

  test('by external ID, chosen with the keyboard', async ({ page }) => {
    await page.goto('/members/900000011');
    await field(page).fill('MP-900000001');
    await field(page).press('Enter');
    await field(page).press('ArrowUp');
    await expect(page.getByRole('option', { name: 'Find by external ID' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await field(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
  });

  test('says when no member has that identifier, with the upstream message', async ({ page }) => {
    await page.goto('/');
    await field(page).fill('MP-0000');
    await page.getByRole('option', { name: 'Find by external ID' }).click();
    const alert = search(page).getByRole('alert');
    await expect(alert).toContainText('No member found for that external ID');
    // The demo upstream's own words for code 8015, passed on by the proxy.
    await expect(alert).toContainText('The server said: Customer not found');
    await expect(page).toHaveURL(/\/$/);
    // The other choice is still there to try.
    await expect(page.getByRole('option', { name: 'Find by card number' })).toBeVisible();
  });

  test('Escape closes the choices, and a second Escape clears the field', async ({ page }) => {
    await page.goto('/');
    await field(page).fill('64035151');
    await expect(choices(page)).toHaveCount(4);
    await field(page).press('Escape');
    await expect(choices(page)).toHaveCount(0);
    await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
    await field(page).press('Escape');
    await expect(field(page)).toHaveValue('');
  });

  test('/ does not leave another field', async ({ page }) => {
    await page.goto('/members/900000001');
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
    await page.getByRole('switch', { name: 'Show all cycles' }).focus();
    await page.keyboard.press('/');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('MP/1');
    await expect(field(page)).toHaveValue('MP/1');
  });
});

test.describe('recent members', () => {
  test('are kept in this browser, offered on the start page and in the empty search, and cleared', async ({
    page,
  }) => {
    await page.goto('/members/900000001');
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
    await page.goto('/members/64035151');
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();

    // Only the id, the name and the time: never a phone number or an email.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('mp.recentMembers') ?? '[]'));
    expect(stored).toEqual([
      { userId: '64035151', name: 'Tom Sawyer', viewedAt: expect.any(Number) },
      { userId: '900000001', name: 'Asha Rao', viewedAt: expect.any(Number) },
    ]);

    await field(page).click();
    await expect(page.getByRole('listbox', { name: 'Recent members' }).getByRole('option')).toHaveText([
      'Tom Sawyer Member ID 64035151',
      'Asha Rao Member ID 900000001',
      'Clear recent members',
    ]);
    await field(page).press('ArrowDown');
    await field(page).press('ArrowDown');
    await field(page).press('Enter');
    await expect(page).toHaveURL(/\/members\/900000001$/);

    await page.goto('/');
    const recent = page.getByRole('region', { name: 'Recent members' });
    await expect(recent.getByRole('link')).toHaveCount(2);
    await expect(recent.getByRole('link').first()).toContainText('Asha Rao');
    await expect(page.getByRole('region', { name: 'Demo members' })).toBeVisible();
    await recent.getByRole('button', { name: 'Clear recent members' }).click();
    await expect(recent).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('mp.recentMembers'))).toBeNull();
  });

  test('are cleared when the app signs out (window event mp:signed-out)', async ({ page }) => {
    await page.goto('/members/900000001');
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('mp:signed-out')));
    expect(await page.evaluate(() => localStorage.getItem('mp.recentMembers'))).toBeNull();
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Demo members' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recent members' })).toHaveCount(0);
  });
});

test.describe('the search has no accessibility violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`in the banner, with its lists open (${colorScheme})`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/members/900000011');
      await expect(page.getByRole('heading', { level: 1, name: 'Lars Øvergaard' })).toBeVisible();
      await field(page).click();
      await expect(page.getByRole('listbox', { name: 'Recent members' })).toBeVisible();
      await axe(page);
      await field(page).fill('MP-0000');
      await page.getByRole('option', { name: 'Find by external ID' }).click();
      await expect(search(page).getByRole('alert')).toBeVisible();
      await axe(page);
    });

    test(`on the start page, with its choices and a problem shown (${colorScheme})`, async ({
      page,
      axe,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/members/900000011');
      await expect(page.getByRole('heading', { level: 1, name: 'Lars Øvergaard' })).toBeVisible();
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'Recent members' })).toBeVisible();
      await field(page).fill('919988221100');
      await field(page).press('Enter');
      await field(page).press('ArrowDown');
      await expect(choices(page)).toHaveCount(4);
      await axe(page);
      await field(page).fill('asha@');
      await field(page).press('Enter');
      await expect(search(page).getByRole('alert')).toBeVisible();
      await axe(page);
    });
  }
});
