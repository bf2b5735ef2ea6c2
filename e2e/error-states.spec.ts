import { FAULTY_MEMBERS, MARKUP } from './support/faulty-upstream';
import { expect, FAULTY_BASE_URL, test } from './support/fixtures';

test('an unknown member: "Member not found" with the id and Capillary\'s own words', async ({ page }) => {
  await page.goto('/members/99999');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Member not found');
  await expect(alert).toContainText('No member with ID 99999');
  await expect(alert).toContainText('Invalid userId');
  await expect(page.getByText('Member ID 99999', { exact: true })).toBeVisible();
});

test('an id that cannot be a member id never reaches the API', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v3/')) apiCalls.push(r.url());
  });
  await page.goto('/members/01234');
  await expect(page.getByRole('alert')).toContainText('That is not a member ID');
  expect(apiCalls).toEqual([]);
});

test.describe('when Capillary misbehaves', () => {
  test.use({ baseURL: FAULTY_BASE_URL });

  test('a failing upstream: the reason and a "Try again" that recovers', async ({ page }) => {
    await page.goto(`/members/${FAULTY_MEMBERS.failsOnceThenWorks}`);
    await expect(page.getByRole('alert')).toContainText('Capillary is unavailable');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rita Recovered' })).toBeVisible();
    await expect(page.getByText('No target groups: this member is not enrolled in any goal.')).toBeVisible();
  });

  test('an upstream that never answers: a timeout in words', async ({ page }) => {
    await page.goto(`/members/${FAULTY_MEMBERS.stall}`);
    await expect(page.getByRole('alert')).toContainText('Capillary did not answer in time', {
      timeout: 15_000,
    });
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test("refused credentials are the administrator's problem, and say so", async ({ page }) => {
    await page.goto(`/members/${FAULTY_MEMBERS.credentialsRefused}`);
    await expect(page.getByRole('alert')).toContainText("The dashboard's Capillary credentials were refused");
  });

  test('a 500 page or a truncated body never leaks internals', async ({ page }) => {
    for (const id of [FAULTY_MEMBERS.serverError, FAULTY_MEMBERS.truncated]) {
      await page.goto(`/members/${id}`);
      await expect(page.getByRole('alert')).toContainText('Capillary is unavailable');
      await expect(page.getByRole('alert')).not.toContainText('NullPointerException');
      await expect(page.getByRole('alert')).not.toContainText('127.0.0.1');
    }
  });

  test('a 200 with errors and no data is an error, with the upstream message', async ({ page }) => {
    await page.goto(`/members/${FAULTY_MEMBERS.errorsWithoutData}`);
    await expect(page.getByRole('alert')).toContainText('Target service is busy');
  });
});

test.describe('a payload full of markup', () => {
  test.use({ baseURL: FAULTY_BASE_URL });

  test('is shown as text, never run or rendered as HTML', async ({ page }) => {
    await page.goto(`/members/${FAULTY_MEMBERS.markupInPayload}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(MARKUP.firstName);
    await expect(page.getByRole('article', { name: MARKUP.groupName })).toBeVisible();
    await expect(page.getByText(MARKUP.note)).toBeVisible();
    await expect(page.getByText('<marquee>warning</marquee>')).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.locator('img[src="x"], script, marquee, a[href^="javascript"]')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();
  });
});
