import { useEffect, type RefObject } from 'react';

import { isSearchShortcut, isTypingTarget } from '../lib/typing-target';

/** The `/` key focuses the search field, unless the person is typing in another field. */
export function useSlashToFocus(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isSearchShortcut(event)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (isTypingTarget(target) || !input.current) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
