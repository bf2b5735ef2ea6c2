import { hashPassword } from '../../server/auth/passwords';
import { writeUsersFile } from '../../server/auth/users-file';

import { USERS, USERS_FILE } from './auth-users';

/**
 * Writes the e2e users file with the project's own scrypt code (server/auth/passwords.ts), as
 * `npm run users -- add` would; run by playwright.config.ts before the password-mode dashboard starts.
 * Cheaper parameters than production's (N=2^15, p=3): the same code path, a faster sign-in on CI.
 */
const E2E_SCRYPT = { N: 2 ** 14, r: 8, p: 1, keyLength: 32 } as const;

const users = await Promise.all(
  Object.values(USERS).map(async ({ username, password, role }) => ({
    username,
    role,
    password: await hashPassword(password, E2E_SCRYPT),
  })),
);
writeUsersFile(process.env.DASHBOARD_USERS_FILE ?? USERS_FILE, users);
