import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';

import { cn } from '../../../lib/cn';
import { parseMemberId } from '../../../lib/member-id';

const INVALID = 'Enter a member ID: digits only, no leading zero';

/** Opens a member by id; an invalid id is explained inline and goes nowhere. */
export function MemberIdForm() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const userId = parseMemberId(value);
    if (userId === null) {
      setInvalid(true);
      return;
    }
    void navigate(`/members/${userId}`);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-medium">
        Member ID
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          name="memberId"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          className={cn(
            'min-w-0 flex-1 rounded-md border bg-surface px-3 py-2 text-base tabular-nums sm:max-w-xs',
            invalid ? 'border-danger' : 'border-border-strong',
          )}
        />
        <button
          type="submit"
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:bg-accent-hover"
        >
          Open member
        </button>
      </div>
      {invalid ? (
        <p id={errorId} className="text-sm text-danger-text">
          {INVALID}
        </p>
      ) : null}
    </form>
  );
}
