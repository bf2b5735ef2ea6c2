import type { ComponentProps } from 'react';

import { cn } from '../../lib/cn';

type CardProps = ComponentProps<'div'> & { as?: 'div' | 'section' | 'article' };

/** A white surface with a subtle border: sections and target group cards. */
export function Card({ as: Element = 'div', className, ...props }: CardProps) {
  return (
    <Element
      className={cn('min-w-0 rounded-xl border border-border bg-surface shadow-xs', className)}
      {...props}
    />
  );
}
