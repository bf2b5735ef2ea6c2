import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { NowProvider, useNow } from './clock';

function ShowNow() {
  return <p>{new Date(useNow()).toISOString()}</p>;
}

afterEach(() => vi.useRealTimers());

describe('the clock', () => {
  it('gives the fixed "now" a test provides, also through an inner provider', () => {
    render(
      <NowProvider now={Date.UTC(2026, 10, 25, 12)}>
        <NowProvider>
          <ShowNow />
        </NowProvider>
      </NowProvider>,
    );
    expect(screen.getByText('2026-11-25T12:00:00.000Z')).toBeInTheDocument();
  });

  it('moves on with real time once a minute', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 25, 23, 59, 30) });
    render(
      <NowProvider>
        <ShowNow />
      </NowProvider>,
    );
    expect(screen.getByText('2026-11-25T23:59:30.000Z')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('2026-11-26T00:00:30.000Z')).toBeInTheDocument();
  });

  it('reads the time of the first render without a provider', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    render(<ShowNow />);
    expect(screen.getByText('2026-01-01T00:00:00.000Z')).toBeInTheDocument();
  });
});
