import type { CounterLine } from '../lib/counter-sentences';
import { CounterLineItem } from './counter-line';

/**
 * A group card's counter: one sentence per target with a current period. The target is named only
 * when the group has several, or when its name differs from the group's.
 */
export function GroupCounter({ groupName, lines }: { groupName: string; lines: CounterLine[] }) {
  if (lines.length === 0) return null;
  const name = (line: CounterLine) =>
    lines.length > 1 || line.targetName !== groupName ? line.targetName : null;
  return (
    <ul aria-label={`Where ${groupName} stands`} className="mt-3 space-y-1.5">
      {lines.map((line) => (
        <CounterLineItem key={line.key} line={line} lead={name(line)} />
      ))}
    </ul>
  );
}
