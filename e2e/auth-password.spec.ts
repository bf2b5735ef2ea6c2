import { PASSWORD_BASE_URL, USERS } from './support/auth-users';
import { expect as baseExpect, test } from './support/fixtures';
import { signInByApi } from './support/sign-in';

// A member page's first load renders hundreds of elements; on a loaded 2-core CI that can take longer than
// the default 5 s. Waiting longer changes no assertion.
const expect = baseExpect.configure({ timeout: 15_000 });
// Several page loads and sign-ins per test.
test.describe.configure({ timeout: 60_000 });

// DASHBOARD_AUTH=password: the dashboard's own sign-in page, sessions, roles.
test.use({ baseURL: PASSWORD_BASE_URL });

const TOM = { id: '64035151', phone: '919988221100', email: 'tom.sawyer@capillarytech.com' };

test('signs in (wrong, then right) and says who is signed in', async ({ page, axe }) => {
  await page.goto(`/members/${TOM.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(`/sign-in?next=%2Fmembers%2F${TOM.id}`);
  await expect(page).toHaveTitle('Sign in · Member Progress');
  await axe(page);

  await page.getByLabel('Username', { exact: true }).fill(USERS.staff.username);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Wrong username or password');
  await expect(alert).toContainText('Check both, then sign in again.');
  await expect(page.getByLabel('Username', { exact: true })).toHaveValue(USERS.staff.username);
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await axe(page);

  await page.getByLabel('Password', { exact: true }).fill(USERS.staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  await expect(page).toHaveURL(`/members/${TOM.id}`);
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(`Signed in as ${USERS.staff.username}`);
  await expect(banner.getByText('Staff', { exact: true })).toBeVisible();
});

test('signing out ends the session, clears recent members and shows the sign-in page', async ({ page }) => {
  await signInByApi(page, 'manager');
  await page.goto(`/members/${TOM.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  const banner = page.getByRole('banner');
  await banner.getByRole('link', { name: 'Member Progress' }).click();
  const recent = page.getByRole('region', { name: 'Recent members' });
  await expect(recent.getByRole('link')).toHaveText([/^Tom Sawyer Member ID 64035151/]);

  await banner.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('banner')).not.toContainText('Signed in as');
  expect(await page.evaluate(() => localStorage.getItem('mp.recentMembers'))).toBeNull();
  // The session was revoked on the server: the browser's cookie (if kept) opens nothing.
  const after = await page.request.get('/api/session', { headers: { 'X-Requested-With': 'e2e' } });
  expect(after.status()).toBe(401);

  await page.getByLabel('Username', { exact: true }).fill(USERS.staff.username);
  await page.getByLabel('Password', { exact: true }).fill(USERS.staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Member Progress' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${USERS.staff.username}`);
  await expect(page.getByRole('region', { name: 'Recent members' })).toHaveCount(0);
});

test('signing in at once after opening a member’s link shows that member', async ({ page }) => {
  // The member page asks for its member as the app starts (before sign-in): that 401 must not be
  // what the page shows once signed in.
  await page.goto(`/members/${TOM.id}`);
  await page.getByLabel('Username', { exact: true }).fill(USERS.manager.username);
  await page.getByLabel('Password', { exact: true }).fill(USERS.manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  await expect(page).toHaveURL(`/members/${TOM.id}`);
  await expect(page.getByRole('region', { name: 'Profile' }).getByText(TOM.phone)).toBeVisible();
});

test('staff see a member’s phone and email masked', async ({ page }) => {
  await signInByApi(page, 'staff');
  await page.goto(`/members/${TOM.id}`);
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText('********1100')).toBeVisible();
  await expect(profile.getByText('t***@capillarytech.com')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(TOM.phone);
  await expect(page.getByRole('main')).not.toContainText(TOM.email);
});

test('managers see a member’s phone and email in full', async ({ page }) => {
  await signInByApi(page, 'manager');
  await page.goto(`/members/${TOM.id}`);
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText(TOM.phone)).toBeVisible();
  await expect(profile.getByText(TOM.email)).toBeVisible();
  await expect(page.getByRole('banner').getByText('Manager', { exact: true })).toBeVisible();
});

test('a session that ended sends the person to sign in, then back to the member', async ({ page }) => {
  await signInByApi(page, 'manager');
  await page.goto(`/members/${TOM.id}?includeInactive=true`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  // Signed out elsewhere (another tab): the server forgets the session.
  await page.request.delete('/api/session', { headers: { 'X-Requested-With': 'e2e' } });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(`/sign-in?next=%2Fmembers%2F${TOM.id}%3FincludeInactive%3Dtrue`);
  await page.getByLabel('Username', { exact: true }).fill(USERS.manager.username);
  await page.getByLabel('Password', { exact: true }).fill(USERS.manager.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  await expect(page).toHaveURL(`/members/${TOM.id}?includeInactive=true`);
});

test('too many failed sign-ins: says when to try again', async ({ page, axe }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username', { exact: true }).fill(USERS.throttled.username);
  const alert = page.getByRole('alert');
  // The first failures are free; then each one makes the next try wait (1 s, 2 s, 4 s …). Keep
  // failing until a try lands inside the wait, however slow this machine is.
  for (let attempt = 1; attempt <= 8; attempt += 1) {
    await page.getByLabel('Password', { exact: true }).fill(`wrong ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toBeVisible();
    if ((await alert.textContent())?.includes('Too many failed sign-ins')) break;
    await expect(alert).toContainText('Wrong username or password');
  }
  await expect(alert).toContainText('Too many failed sign-ins');
  await expect(alert).toContainText(/Try again in \d+ seconds?\./);
  await axe(page);
});
