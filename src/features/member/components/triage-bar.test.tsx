import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { DEFAULT_TRIAGE } from '../lib/triage-params';
import { TriageBar } from './triage-bar';

const tracking = [
  { value: 'DEFAULT', label: 'Standard' },
  { value: 'STREAKS', label: 'Streak' },
];

describe('TriageBar', () => {
  it('says how many groups, met and at risk, as a status in a labelled region', () => {
    render(
      <TriageBar
        summary={{ groups: 60, met: 12, atRisk: 5 }}
        shown={60}
        params={DEFAULT_TRIAGE}
        onChange={() => {}}
        trackingOptions={tracking}
      />,
    );
    expect(screen.getByRole('region', { name: 'Group summary' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^60 groups · 12 met this period · 5 at risk$/);
  });

  it('says how many the filters show', () => {
    render(
      <TriageBar
        summary={{ groups: 60, met: 12, atRisk: 5 }}
        shown={5}
        params={{ ...DEFAULT_TRIAGE, filter: 'at-risk' }}
        onChange={() => {}}
        trackingOptions={tracking}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '60 groups · 12 met this period · 5 at risk · showing 5 of 60',
    );
  });

  it('changes filter, tracking type and sort through labelled selects', async () => {
    const onChange = vi.fn();
    render(
      <TriageBar
        summary={{ groups: 3, met: 0, atRisk: 1 }}
        shown={3}
        params={DEFAULT_TRIAGE}
        onChange={onChange}
        trackingOptions={tracking}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveDisplayValue('All groups');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'At risk');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_TRIAGE, filter: 'at-risk' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tracking type' }), 'Streak');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_TRIAGE, tracking: 'STREAKS' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Most at risk');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_TRIAGE, sort: 'risk' });
    expect(
      Array.from(screen.getByRole('combobox', { name: 'Sort by' }).querySelectorAll('option')).map(
        (o) => o.textContent,
      ),
    ).toEqual(['Programme order', 'Nearest to a milestone', 'Most at risk']);
    expect(
      Array.from(screen.getByRole('combobox', { name: 'Show' }).querySelectorAll('option')).map(
        (o) => o.textContent,
      ),
    ).toEqual(['All groups', 'At risk', 'Completed this period', 'Current only']);
  });

  it('keeps a tracking type from a link even when no group has it', () => {
    render(
      <TriageBar
        summary={{ groups: 3, met: 0, atRisk: 1 }}
        shown={0}
        params={{ ...DEFAULT_TRIAGE, tracking: 'TIERED' }}
        onChange={() => {}}
        trackingOptions={tracking}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Tracking type' })).toHaveDisplayValue('TIERED');
  });
});
