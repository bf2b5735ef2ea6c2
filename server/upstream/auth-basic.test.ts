import { describe, expect, it } from 'vitest';

import { startDeadline } from './failure';
import { basicAuthorization, createBasicAuth } from './auth-basic';

describe('Capillary Basic auth', () => {
  it('matches the documentation test vector (md5 of the password, then Base64)', () => {
    expect(basicAuthorization('store.server', 'server123')).toBe(
      'Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3',
    );
  });

  it('sends Accept: application/json with it, and never asks for a retry on 401', async () => {
    const auth = createBasicAuth({ username: 'store.server', password: 'server123' });
    const deadline = startDeadline(1000);
    const creds = await auth.credentials(deadline);
    deadline.dispose();
    expect(creds.headers).toMatchObject({
      accept: 'application/json',
      authorization: 'Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3',
    });
    expect(auth.refused(creds)).toBe(false);
  });
});
