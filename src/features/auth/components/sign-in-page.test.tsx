import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { fakeProxy, type FakeProxy } from '../testing/fake-proxy';
import { renderWithProxy } from '../testing/render-auth';
import { SignInPage } from './sign-in-page';

const users = { 'asha.rao': { password: 'correct horse', role: 'staff' as const } };

function renderSignIn(
  proxy: FakeProxy,
  url = '/sign-in?next=%2Fmembers%2F64035151%3Fview%3Dall',
  onSignedIn?: (next: string) => void,
) {
  return renderWithProxy(
    proxy,
    [
      { path: '/sign-in', element: <SignInPage onSignedIn={onSignedIn} /> },
      { path: '/members/:userId', element: <h1>Member page</h1> },
      { path: '/', element: <h1>Start page</h1> },
    ],
    url,
  );
}

async function signIn(username: string, password: string) {
  await userEvent.type(await screen.findByLabelText('Username'), username);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('is a titled form with a labelled username and password and a "Sign in" button', async () => {
    renderSignIn(fakeProxy({ mode: 'password', users }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(document.title).toBe('Sign in · Member Progress');
  });

  it('signs in with POST /api/session, then returns to where the person was', async () => {
    const proxy = fakeProxy({ mode: 'password', users });
    const going: string[] = [];
    const { router } = renderSignIn(proxy, undefined, (next) => going.push(next));
    await signIn('asha.rao', 'correct horse');
    expect(await screen.findByRole('heading', { name: 'Member page' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/members/64035151?view=all');
    const post = proxy.calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/session');
    expect(post?.body).toEqual({ username: 'asha.rao', password: 'correct horse' });
    expect(post?.headers.get('X-Requested-With')).toBe('fetch');
    expect(proxy.signedIn()).toBe('asha.rao');
    expect(going).toEqual(['/members/64035151?view=all']);
  });

  it('says a wrong password plainly, keeps the username, and asks for the password again', async () => {
    const proxy = fakeProxy({ mode: 'password', users });
    renderSignIn(proxy);
    await signIn('asha.rao', 'wrong');
    const alert = await screen.findByRole('alert', { name: 'Wrong username or password' });
    expect(alert).toHaveTextContent('Check both, then sign in again.');
    expect(screen.getByLabelText('Username')).toHaveValue('asha.rao');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(proxy.signedIn()).toBeNull();
  });

  it('says when to try again after too many failed sign-ins', async () => {
    const proxy = fakeProxy({ mode: 'password', users }).on('POST /api/session', {
      status: 429,
      body: { data: null, errors: [{ code: 'MP_SIGN_IN_THROTTLED', message: 'Too many failed sign-ins.' }] },
      headers: { 'Retry-After': '8' },
    });
    renderSignIn(proxy);
    await signIn('asha.rao', 'correct horse');
    const alert = await screen.findByRole('alert', { name: 'Too many failed sign-ins' });
    expect(alert).toHaveTextContent('Try again in 8 seconds.');
  });

  it('never returns to another site', async () => {
    const { router } = renderSignIn(
      fakeProxy({ mode: 'password', users }),
      '/sign-in?next=%2F%2Fevil.example',
    );
    await signIn('asha.rao', 'correct horse');
    expect(await screen.findByRole('heading', { name: 'Start page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it.each(['header', 'none'] as const)(
    'with DASHBOARD_AUTH=%s, goes straight on: nothing to sign in to',
    async (mode) => {
      const { router } = renderSignIn(fakeProxy({ mode, signedInAs: 'sso@example.com' }));
      expect(await screen.findByRole('heading', { name: 'Member page' })).toBeInTheDocument();
      await waitFor(() => expect(router.state.location.pathname).toBe('/members/64035151'));
      expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    },
  );
});
