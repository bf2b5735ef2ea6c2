export type ClassValue = string | false | null | undefined | 0;

/** Joins Tailwind class names, skipping the falsy ones (`cond && 'class'`). The one way to combine classes. */
export function cn(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(' ');
}
