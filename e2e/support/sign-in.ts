import { expect, type Page } from '@playwright/test';

import { PASSWORD_BASE_URL, USERS } from './auth-users';

/**
 * Signs the page's browser context in through the API (Epic Stack: a fixture, not UI steps, where
 * signing in is not what the test is about). The session cookie lands in the context's cookie jar.
 */
export async function signInByApi(page: Page, who: keyof typeof USERS): Promise<void> {
  const { username, password } = USERS[who];
  const response = await page.request.post(`${PASSWORD_BASE_URL}/api/session`, {
    data: { username, password },
    headers: { 'X-Requested-With': 'e2e' },
  });
  expect(response.status(), 'sign-in through the API').toBe(200);
}
