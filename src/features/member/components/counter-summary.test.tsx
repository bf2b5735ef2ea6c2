import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { counterLines } from '../lib/counter-sentences';
import { buildTargetGroup, rawTargetPeriod } from '../testing/builders';
import { CounterSummary, type SummaryGroup } from './counter-summary';

const now = Date.UTC(2024, 4, 25, 12);
const gb = { locale: 'en-GB', timeZone: 'UTC' };

function summaryGroup(i: number, overrides: Record<string, unknown> = {}): SummaryGroup {
  const group = buildTargetGroup({
    id: i,
    name: `Group ${i}`,
    targets: [rawTargetPeriod({ targetName: `Target ${i}`, ...overrides })],
  });
  return { key: String(i), name: `Group ${i}`, lines: counterLines(group, now, gb) };
}

describe('CounterSummary', () => {
  it('leads each sentence with its group and target, and says "At risk" in words', () => {
    render(<CounterSummary groups={[summaryGroup(1), summaryGroup(2, { targetAchievedValue: 8000 })]} />);
    const section = screen.getByRole('region', { name: 'Counter summary' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Group 1 — Target 1: At risk · 3,000 more to the target · 6 days left in Cycle_1 · needs 500 a day to make it',
      'Group 2 — Target 2: Target reached (100%)',
    ]);
    expect(within(items[0] as HTMLElement).getByText('At risk')).toBeInTheDocument();
  });

  it('shows six sentences first and the rest on request', async () => {
    const groups = Array.from({ length: 8 }, (_, i) => summaryGroup(i + 1));
    render(<CounterSummary groups={groups} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    const more = screen.getByRole('button', { name: 'Show all 8 sentences' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('is not drawn when no group has a current period', () => {
    const { container } = render(<CounterSummary groups={[{ key: '1', name: 'Old', lines: [] }]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
