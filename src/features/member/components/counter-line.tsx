import { cn } from '../../../lib/cn';
import type { CounterLine } from '../lib/counter-sentences';

const AT_RISK = 'At risk';

/** An at-risk line is marked by its words ("At risk · …") and, beside them, a bar in the danger colour. */
export function CounterLineItem({ line, lead }: { line: CounterLine; lead: string | null }) {
  return (
    <li
      className={cn(
        'min-w-0 border-l-4 py-0.5 pl-2.5 text-sm break-words',
        line.atRisk ? 'border-danger' : line.met ? 'border-met' : 'border-border-strong',
      )}
    >
      {lead ? <span className="font-medium">{`${lead}: `}</span> : null}
      {line.atRisk && line.sentence.startsWith(AT_RISK) ? (
        <span>
          <strong className="font-semibold text-danger-text">{AT_RISK}</strong>
          {line.sentence.slice(AT_RISK.length)}
        </span>
      ) : (
        <span>{line.sentence}</span>
      )}
    </li>
  );
}
