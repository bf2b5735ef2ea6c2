import { useId, useRef, useState, type FormEvent } from 'react';

import { Notice } from '../../../components/ui/notice';
import { useSignIn } from '../api/sign-in';
import { describeSignInError } from '../lib/describe-sign-in-error';

const field =
  'w-full rounded-md border border-border-strong bg-surface px-3 py-2 text-base text-fg sm:text-sm';

/** Username and password; a wrong one or a throttled one is said in an alert, the username kept. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const passwordField = useRef<HTMLInputElement>(null);
  const usernameId = useId();
  const passwordId = useId();
  const problem = signIn.isError ? describeSignInError(signIn.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate(
      { username, password },
      {
        onSuccess: onSignedIn,
        onError: () => {
          setPassword('');
          passwordField.current?.focus();
        },
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      aria-label="Sign in"
      className="space-y-4 rounded-xl border border-border bg-surface p-5 shadow-xs"
    >
      {problem ? (
        <Notice role="alert" tone="danger" title={problem.title}>
          <p>{problem.reason}</p>
        </Notice>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={usernameId} className="block text-sm font-medium">
          Username
        </label>
        <input
          id={usernameId}
          name="username"
          type="text"
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          className={field}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={passwordId} className="block text-sm font-medium">
          Password
        </label>
        <input
          ref={passwordField}
          id={passwordId}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={field}
        />
      </div>
      <button
        type="submit"
        aria-disabled={signIn.isPending || undefined}
        className="w-full rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:bg-accent-hover aria-disabled:opacity-60"
      >
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
