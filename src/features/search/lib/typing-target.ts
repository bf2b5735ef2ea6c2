/** Input types that take text: `/` typed into them is a character, not the "go to search" key. */
const NON_TEXT_INPUTS: ReadonlySet<string> = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

type ElementLike = { tagName: string; isContentEditable?: boolean; type?: unknown } | null;

/** Whether the person is typing into a field (so `/` must not move them to the search). */
export function isTypingTarget(element: ElementLike): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT')
    return !NON_TEXT_INPUTS.has(typeof element.type === 'string' ? element.type.toLowerCase() : 'text');
  return false;
}

/** Whether a key press is the bare `/` that focuses the search. */
export function isSearchShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.defaultPrevented;
}

/** The next highlighted option for an arrow key; -1 is "none" (the text field itself). */
export function nextActiveIndex(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count <= 0) return -1;
  const from = current >= 0 && current < count ? current : -1;
  if (key === 'ArrowDown') return from + 1 >= count ? 0 : from + 1;
  return from <= 0 ? count - 1 : from - 1;
}
