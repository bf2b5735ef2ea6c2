/**
 * The look of the member page's action buttons (Refresh, Copy summary, Download CSV, Print): quiet
 * outlined buttons, 44 px tall on touch screens (WCAG 2.5.5), with the global focus ring.
 */
export const actionButton =
  'inline-flex h-9 items-center justify-center gap-1.5 rounded-md border border-border-strong bg-surface px-3 text-sm font-medium text-fg whitespace-nowrap hover:bg-surface-muted aria-disabled:cursor-progress pointer-coarse:h-11 pointer-coarse:px-4';
