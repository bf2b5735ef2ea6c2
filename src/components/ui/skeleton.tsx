import { cn } from '../../lib/cn';

/** A placeholder block while data loads; decorative, so hidden from assistive technology. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-surface-muted', className)} />;
}
