import { useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';

import { cn } from '../../../lib/cn';
import { useMemberLookup } from '../api/lookup-member';
import { clearRecentMembers, useRecentMembers } from '../hooks/recent-members-store';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';
import { classifyQuery, enterOutcome, type SearchChoice } from '../lib/classify-query';
import { searchOptions, type SearchOption } from '../lib/search-options';
import { nextActiveIndex } from '../lib/typing-target';
import { SearchIcon } from './search-icon';
import { SearchMessages } from './search-messages';
import { SearchPopup } from './search-popup';

export const SEARCH_HINT = 'Mobile number, email, card number, external ID or member ID';

type Props = {
  /** `header`: compact, in the banner of every page; `hero`: the start page's main field. */
  variant: 'header' | 'hero';
};

/**
 * "Find a member": one text field that reads what was typed (classifyQuery), acts at once when only one
 * search fits and otherwise lists the choices (an ARIA combobox). With nothing typed it lists the
 * recent members.
 */
export function MemberSearch({ variant }: Props) {
  const navigate = useNavigate();
  const recents = useRecentMembers();
  const lookup = useMemberLookup();
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Enter was pressed on this text: show why nothing fits, or prompt to choose.
  const [attempted, setAttempted] = useState(false);
  const inputId = useId();
  const listboxId = useId();
  const hintId = useId();
  const problemId = useId();

  const classification = classifyQuery(value);
  const options = searchOptions(value, classification, recents);
  const activeIndex = active < options.length ? active : -1;
  const problem = attempted && options.length === 0 ? classification.problem : null;
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const messages = (
    <SearchMessages
      pendingKind={lookup.isPending ? (lookup.variables?.kind ?? null) : null}
      failure={
        lookup.isError && lookup.variables ? { error: lookup.error, kind: lookup.variables.kind } : null
      }
      problem={problem}
      problemId={problemId}
      choosing={attempted && options.length > 1 && options[0]?.type === 'choice'}
    />
  );
  const hasMessages = lookup.isPending || lookup.isError || problem !== null || attempted;
  const expanded = open && options.length > 0;

  function edit(next: string) {
    setValue(next);
    setActive(-1);
    setAttempted(false);
    setOpen(true);
    lookup.reset();
  }

  function finish() {
    setValue('');
    setActive(-1);
    setAttempted(false);
    setOpen(false);
    lookup.reset();
  }

  function openMember(userId: string) {
    finish();
    void navigate(`/members/${encodeURIComponent(userId)}`);
  }

  function search(choice: SearchChoice) {
    if (choice.type === 'member') return openMember(choice.userId);
    setActive(-1);
    lookup.mutate({ kind: choice.kind, value: choice.value }, { onSuccess: openMember });
  }

  function pick(option: SearchOption) {
    if (lookup.isPending) return;
    if (option.type === 'recent') return openMember(option.member.userId);
    if (option.type === 'choice') return search(option.choice);
    clearRecentMembers();
    setActive(-1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const option = open ? options[activeIndex] : undefined;
    if (option) return pick(option);
    if (lookup.isPending) return;
    setOpen(true);
    const outcome = enterOutcome(classification);
    if (outcome.type === 'act') return search(outcome.choice);
    setAttempted(outcome.type !== 'nothing');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive(nextActiveIndex(open ? activeIndex : -1, event.key, options.length));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open && (options.length > 0 || hasMessages)) {
        setOpen(false);
        setActive(-1);
      } else {
        finish();
      }
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setOpen(false);
    setActive(-1);
  }

  const hero = variant === 'hero';
  return (
    <form role="search" noValidate onSubmit={submit} className={cn(hero ? 'space-y-2' : 'w-full')}>
      <label htmlFor={inputId} className={hero ? 'block text-sm font-medium' : 'sr-only'}>
        Find a member
      </label>
      <div className="flex gap-2">
        <div className="relative min-w-0 flex-1" onBlur={onBlur}>
          <SearchIcon
            className={cn(
              'pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-fg-muted',
              hero ? 'size-5' : 'size-4',
            )}
          />
          <input
            ref={input}
            id={inputId}
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={expanded ? listboxId : undefined}
            aria-autocomplete="list"
            aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
            aria-invalid={problem !== null}
            aria-keyshortcuts="/"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            enterKeyHint="search"
            placeholder={hero ? undefined : 'Mobile, email, card or member ID'}
            value={value}
            onChange={(event) => edit(event.target.value)}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            className={cn(
              'w-full min-w-0 rounded-md border bg-surface text-fg placeholder:text-fg-muted',
              problem ? 'border-danger' : 'border-border-strong',
              hero ? 'py-2.5 pr-3 pl-10 text-base' : 'py-1.5 pr-8 pl-9 text-base sm:text-sm',
            )}
          />
          {hero ? null : (
            <kbd
              aria-hidden="true"
              className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-border px-1.5 font-mono text-xs text-fg-muted"
            >
              /
            </kbd>
          )}
          {open && (options.length > 0 || hasMessages) ? (
            <SearchPopup
              listboxId={listboxId}
              listboxLabel={value.trim() === '' ? 'Recent members' : 'Search choices'}
              options={options}
              activeIndex={activeIndex}
              optionId={optionId}
              onPick={(index) => {
                const option = options[index];
                if (option) pick(option);
              }}
              messages={messages}
            />
          ) : null}
        </div>
        {hero ? (
          <button
            type="submit"
            className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:bg-accent-hover"
          >
            Search
          </button>
        ) : null}
      </div>
      <p id={hintId} className={hero ? 'text-sm text-fg-muted' : 'sr-only'}>
        {hero ? `${SEARCH_HINT}. Press / to search from any page.` : SEARCH_HINT}
      </p>
    </form>
  );
}
