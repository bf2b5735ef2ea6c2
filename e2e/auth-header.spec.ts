import { HEADER_BASE_URL, PROXY_SECRET } from './support/auth-users';
import { expect as baseExpect, test } from './support/fixtures';

// A member page's first load renders hundreds of elements; on a loaded 2-core CI that can take longer than
// the default 5 s. Waiting longer changes no assertion.
const expect = baseExpect.configure({ timeout: 15_000 });

// DASHBOARD_AUTH=header: a single-sign-on proxy in front says who is asking, in headers that the
// dashboard believes only with the proxy's secret. Playwright adds the headers as that proxy would.
test.use({ baseURL: HEADER_BASE_URL });

const TOM = { id: '64035151', phone: '919988221100', email: 'tom.sawyer@capillarytech.com' };

const fromProxy = (email: string, groups: string) => ({
  'X-Dashboard-Proxy-Secret': PROXY_SECRET,
  'X-Forwarded-Email': email,
  'X-Forwarded-Groups': groups,
});

test.describe('through the proxy, as store staff', () => {
  test.use({ extraHTTPHeaders: fromProxy('jo.store@example.com', 'everyone,store-staff') });

  test('shows who is signed in, no sign-out of its own, and masked contact details', async ({ page }) => {
    await page.goto(`/members/${TOM.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
    const banner = page.getByRole('banner');
    await expect(banner).toContainText('Signed in as jo.store@example.com');
    await expect(banner.getByText('Staff', { exact: true })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(profile.getByText('********1100')).toBeVisible();
    await expect(profile.getByText('t***@capillarytech.com')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(TOM.phone);
  });

  test('has no sign-in page: the proxy signs people in', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Member Progress' })).toBeVisible();
    await expect(page).toHaveURL('/');
    await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  });
});

test.describe('through the proxy, as a loyalty manager', () => {
  test.use({ extraHTTPHeaders: fromProxy('mo.manager@example.com', 'loyalty-managers') });

  test('shows the manager role and contact details in full', async ({ page }) => {
    await page.goto(`/members/${TOM.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Signed in as mo.manager@example.com');
    await expect(page.getByRole('banner').getByText('Manager', { exact: true })).toBeVisible();
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(profile.getByText(TOM.phone)).toBeVisible();
    await expect(profile.getByText(TOM.email)).toBeVisible();
  });
});

test.describe('around the proxy (no secret)', () => {
  // Someone who reached the dashboard directly can set the identity headers, but not the secret.
  test.use({
    extraHTTPHeaders: {
      'X-Forwarded-Email': 'mo.manager@example.com',
      'X-Forwarded-Groups': 'loyalty-managers',
    },
  });

  test('is not signed in: no member data, no identity', async ({ page }) => {
    await page.goto(`/members/${TOM.id}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load this member');
    await expect(alert).toContainText('You are not signed in to the dashboard. Reload the page to sign in.');
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toHaveCount(0);
    await expect(page.getByRole('banner')).not.toContainText('Signed in as');
    await expect(page).toHaveURL(`/members/${TOM.id}`);
  });
});

test.describe('through the proxy, in none of the dashboard’s groups', () => {
  test.use({ extraHTTPHeaders: fromProxy('guest@example.com', 'everyone') });

  test('is refused in words', async ({ page }) => {
    await page.goto(`/members/${TOM.id}`);
    await expect(page.getByRole('alert')).toContainText('The dashboard did not allow this request.');
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toHaveCount(0);
  });
});
