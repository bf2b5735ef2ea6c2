import { useId, type ReactNode } from 'react';

import { cn } from '../../lib/cn';

type NoticeProps = {
  title: string;
  /** "status" for something to know (warnings), "alert" for something that went wrong. */
  role: 'status' | 'alert';
  tone?: 'info' | 'warning' | 'danger';
  headingLevel?: 2 | 3;
  children?: ReactNode;
  className?: string;
};

const tones = {
  info: 'border-border bg-surface text-fg',
  warning: 'border-progress/40 bg-progress-soft text-fg',
  danger: 'border-danger/40 bg-danger-soft text-fg',
};

const titleTones = { info: 'text-fg', warning: 'text-progress-text', danger: 'text-danger-text' };

/** A headed message box: warnings from Capillary, failures of a request. */
export function Notice({ title, role, tone = 'info', headingLevel = 2, children, className }: NoticeProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      role={role}
      aria-labelledby={id}
      className={cn('rounded-lg border px-4 py-3 text-sm', tones[tone], className)}
    >
      <Heading id={id} className={cn('text-sm font-semibold', titleTones[tone])}>
        {title}
      </Heading>
      {children ? <div className="mt-1 space-y-2 break-words">{children}</div> : null}
    </div>
  );
}
