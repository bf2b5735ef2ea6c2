/**
 * Pulls the example responses out of the reference page (get-user-targets.md): fenced ```json blocks.
 * Four are full responses (one written behind a `response:` prefix); two are fragments of a target
 * group (`"streaks": [...]`) and of a target period (a bare object followed by stray whitespace).
 */
export type ReferenceExample =
  | { title: string; kind: 'response'; body: unknown }
  | { title: string; kind: 'streaks'; body: unknown[] }
  | { title: string; kind: 'targetPeriod'; body: unknown };

const FENCE = /```json([^\n]*)\n([\s\S]*?)```/g;

export function extractReferenceExamples(markdown: string): ReferenceExample[] {
  const examples: ReferenceExample[] = [];
  for (const match of markdown.matchAll(FENCE)) {
    const title = (match[1] ?? '').trim();
    const text = (match[2] ?? '').trim().replace(/^response:\s*/, '');
    if (text.startsWith('"streaks"')) {
      const wrapped = JSON.parse(`{${text.replace(/,\s*$/, '')}}`) as { streaks: unknown[] };
      examples.push({ title, kind: 'streaks', body: wrapped.streaks });
      continue;
    }
    const body: unknown = JSON.parse(text);
    const isResponse = typeof body === 'object' && body !== null && 'data' in body;
    examples.push(isResponse ? { title, kind: 'response', body } : { title, kind: 'targetPeriod', body });
  }
  return examples;
}
