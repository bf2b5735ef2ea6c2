import { useId } from 'react';

import { Card } from '../../../components/ui/card';

type SectionErrorProps = {
  title: string;
  /** Which part it was: "Group 851 · JP&A". */
  subject?: string | null;
  detail: string;
  headingLevel?: 2 | 3;
  as?: 'article' | 'section';
};

/** A part of the member that could not be read or drawn; the rest of the page still renders. */
export function SectionError({
  title,
  subject,
  detail,
  headingLevel = 3,
  as = 'article',
}: SectionErrorProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Card as={as} aria-labelledby={id} className="border-danger/40 p-4">
      <div role="alert">
        <Heading id={id} className="font-semibold text-danger-text">
          {title}
        </Heading>
        {subject ? <p className="mt-1 text-sm break-words">{subject}</p> : null}
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-fg-muted">Technical detail</summary>
          <pre className="mt-1 font-mono text-xs break-words whitespace-pre-wrap text-fg-muted">{detail}</pre>
        </details>
      </div>
    </Card>
  );
}
