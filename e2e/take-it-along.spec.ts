import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { CSV_COLUMNS, parseCsv } from '../src/features/member/lib/member-csv';
import { expect, test } from './support/fixtures';

// Issue 3 §5: copy a summary, print, CSV, dark mode, "updated N s ago" with Refresh, keyboard, tablet.
// Asha Rao (900000001): 3 groups, 3 current bars; with both switches 4 groups and 27 bars (demo/README.md).

const ASHA = '/members/900000001';
const ASHA_ALL = `${ASHA}?includeInactive=true&includeInactiveTargets=true`;

// Axe scans and several page loads per test: more time than the default on a busy machine.
test.describe.configure({ timeout: 60_000 });

/** Opens a member and waits for the data (the actions appear with it). */
async function openMember(page: Page, path = ASHA, name = 'Asha Rao') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Copy summary' })).toBeVisible({ timeout: 20_000 });
}

test.describe('copy summary', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a plain-text summary and says "Copied"', async ({ page }) => {
    await openMember(page);
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
      'Copied to the clipboard.',
    );
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    expect(lines[0]).toBe('Asha Rao · Member ID 900000001');
    expect(lines[1]).toMatch(/^Target progress as of /);
    for (const name of await page.getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts()) {
      expect(text).toContain(`\n${name} (`);
    }
    // One line per current bar, with the bar's own name and figures.
    const bars = page.getByRole('progressbar');
    const count = await bars.count();
    for (let i = 0; i < count; i += 1) {
      const bar = bars.nth(i);
      const label = await bar.getAttribute('aria-label');
      const figures = await bar.getAttribute('aria-valuetext');
      expect(text).toContain(`- ${label}: ${figures}`);
    }
    expect(lines.filter((line) => line.startsWith('- ') && !line.startsWith('- Streak'))).toHaveLength(count);
    expect(text.trimEnd().endsWith(page.url())).toBe(true);
    expect(text).not.toMatch(/NaN|Infinity|undefined|\[object Object\]|Invalid Date/);
  });
});

test('when the clipboard is refused, the summary is selected in a text box to copy by hand', async ({
  page,
  axe,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      },
    });
  });
  await openMember(page);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Summary to copy' });
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/^Asha Rao · Member ID 900000001\n/);
  const selection = await box.evaluate((el: HTMLTextAreaElement) => [
    el.selectionStart,
    el.selectionEnd,
    el.value.length,
  ]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
  await expect(page.getByText('press Ctrl+C')).toBeVisible();
  await axe(page);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(box).toBeHidden();
});

test('the print view: no banner, buttons or switches; every bar, the address, id and date', async ({
  page,
}) => {
  await openMember(page, `${ASHA}?includeInactive=true`);
  await expect(page.getByRole('progressbar')).toHaveCount(23);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  for (const control of await page.getByRole('switch').all()) await expect(control).toBeHidden();
  await expect(page.getByText('Include inactive targets')).toBeHidden();
  await expect(page.getByRole('progressbar')).toHaveCount(23);
  for (const bar of await page.getByRole('progressbar').all()) await expect(bar).toBeVisible();
  const stamp = page.locator('[data-print-stamp]');
  await expect(stamp).toBeVisible();
  await expect(stamp).toContainText(page.url());
  await expect(stamp).toContainText('Member ID 900000001');
  await expect(stamp).toContainText(/printed .*2026/);
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return [body.backgroundColor, body.color];
  });
  expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  expect(await page.locator('[data-print-stamp]').isVisible()).toBe(false);
});

test('Print opens the browser’s print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await openMember(page);
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('Download CSV: one row per bar on the page, machine-readable', async ({ page }) => {
  await openMember(page, ASHA_ALL);
  await expect(page.getByRole('progressbar')).toHaveCount(27);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('member-900000001-progress.csv');
  const file = await readFile((await download.path())!, 'utf8');
  expect(file.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(file.slice(1));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows).toHaveLength((await page.getByRole('progressbar').count()) + 1);
  const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const body = rows.slice(1);
  expect(new Set(body.map((row) => row[column('memberId')]))).toEqual(new Set(['900000001']));
  expect(body.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  expect(body.some((row) => row[column('state')] === 'current')).toBe(true);
  expect(body.some((row) => row[column('state')] === 'past')).toBe(true);
  expect(body.some((row) => row[column('groupName')] === 'Monsoon double visits (retired)')).toBe(true);
  for (const row of body) {
    expect(row[column('periodStart')]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(row[column('targetValue')]).toMatch(/^(\d+(\.\d+)?)?$/);
    expect(['true', 'false']).toContain(row[column('met')]);
  }
  await expect(page.getByRole('status').filter({ hasText: 'member-900000001-progress.csv' })).toBeVisible();
});

test.describe('dark mode', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const DARK_BG = 'rgb(11, 17, 32)';
  const LIGHT_BG = 'rgb(248, 250, 252)';

  test('the Theme toggle switches, and the choice is kept', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openMember(page);
    const theme = page.getByRole('group', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    await theme.locator('label', { hasText: 'Dark' }).click();
    await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(
      page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }),
    ).toBeChecked();
    expect(await background(page)).toBe(DARK_BG);
    await page.getByRole('group', { name: 'Theme' }).locator('label', { hasText: 'Light' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(LIGHT_BG);
  });

  test('"System" follows the system preference, live', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openMember(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(LIGHT_BG);
  });

  test('no accessibility violations in dark mode on /', async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await axe(page);
  });

  for (const path of [ASHA_ALL, '/members/900000021', '/members/900000009']) {
    test(`no accessibility violations in dark mode on ${path}`, async ({ page, axe }) => {
      await page.goto('/');
      await page.getByRole('group', { name: 'Theme' }).locator('label', { hasText: 'Dark' }).click();
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('button', { name: 'Copy summary' })).toBeVisible({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await axe(page);
    });
  }
});

test.describe('updated N s ago, and Refresh', () => {
  test('ticks as the data ages; Refresh fetches again and keeps the data on screen', async ({ page }) => {
    await page.clock.install();
    await openMember(page);
    const actions = page.getByRole('group', { name: 'Member actions' });
    await expect(actions).toContainText('Updated just now');
    // Time runs on while the page loads: a few seconds more than the jump.
    await page.clock.fastForward(12_000);
    await expect(actions).toContainText(/Updated 1\d s ago/);
    await page.clock.fastForward(3 * 60_000);
    await expect(actions).toContainText('Updated 3 min ago');

    const request = page.waitForRequest((r) => r.url().includes('/api/v3/users/900000001/targetGroups'));
    await page.getByRole('button', { name: 'Refresh' }).click();
    await request;
    await expect(actions).toContainText('Updated just now');
    await expect(page.getByRole('progressbar')).toHaveCount(3);
  });

  test('a failed refresh is said beside the time; the member stays on screen', async ({ page }) => {
    await openMember(page);
    await expect(page.getByRole('progressbar')).toHaveCount(3);
    await page.route('**/api/v3/users/900000001/targetGroups*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ code: 'MP_UPSTREAM_UNAVAILABLE', message: 'Capillary is unavailable' }],
          warnings: [],
        }),
      }),
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    const failure = page.getByRole('group', { name: 'Member actions' }).getByRole('alert');
    await expect(failure).toContainText('Refresh failed');
    await expect(page.getByRole('heading', { level: 1, name: 'Asha Rao' })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(3);
    await expect(page.getByRole('alert', { name: 'Could not load this member' })).toHaveCount(0);

    await page.unroute('**/api/v3/users/900000001/targetGroups*');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(failure).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Member actions' })).toContainText('Updated just now');
  });
});

test('every action is reachable by Tab, in reading order, with a visible focus ring', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await openMember(page);
  const order: string[] = [];
  for (let i = 0; i < 14; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const labels = (el as HTMLInputElement).labels;
      const name = el.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? el.textContent ?? '';
      // A radio button is drawn by its label, which carries the ring.
      const drawn = getComputedStyle(el.closest('label') ?? el);
      return {
        name: name.trim(),
        ring: drawn.outlineStyle !== 'none' && drawn.outlineWidth !== '0px',
      };
    });
    if (!focused) continue;
    order.push(focused.name);
    expect(focused.ring, `focus ring on ${focused.name}`).toBe(true);
  }
  const expected = [
    'Include inactive targets',
    'Show all cycles',
    'Refresh',
    'Copy summary',
    'Download CSV',
    'Print',
  ];
  const positions = expected.map((name) => order.indexOf(name));
  expect(
    positions.every((p) => p >= 0),
    order.join(' → '),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  test.info().annotations.push({ type: 'tab order', description: order.join(' → ') });
  expect(order.indexOf('Member Progress')).toBeLessThan(positions[0]!);
  expect(order.some((name) => /System|Light|Dark/.test(name))).toBe(true);

  await page.getByRole('button', { name: 'Print' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Copy summary' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Copied|did not allow copying/ })).toBeVisible();
});

test.describe('on a tablet in portrait, by touch', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('the action bar wraps within the screen; touch targets are at least 44 px tall', async ({
    page,
    axe,
  }) => {
    await openMember(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const targets = [
      page.getByRole('button', { name: 'Refresh' }),
      page.getByRole('button', { name: 'Copy summary' }),
      page.getByRole('button', { name: 'Download CSV' }),
      page.getByRole('button', { name: 'Print' }),
    ];
    for (const target of targets) {
      const box = (await target.boundingBox())!;
      expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(768);
    }
    for (const name of ['System', 'Light', 'Dark']) {
      const radio = page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name });
      const box = (await radio.locator('xpath=..').boundingBox())!;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
    }
    await axe(page);
  });
});
