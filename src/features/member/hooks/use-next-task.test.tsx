import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useNextTask } from './use-next-task';

function Part({ defer }: { defer: boolean }) {
  return <p>{useNextTask(defer) ? 'drawn' : 'waiting'}</p>;
}

describe('useNextTask', () => {
  it('is ready at once when nothing is deferred', () => {
    render(<Part defer={false} />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('waits one task when deferred, then stays ready even if asked to defer again', async () => {
    vi.useFakeTimers();
    try {
      const { rerender } = render(<Part defer />);
      expect(screen.getByText('waiting')).toBeInTheDocument();
      await act(() => vi.advanceTimersToNextTimerAsync());
      expect(screen.getByText('drawn')).toBeInTheDocument();
      rerender(<Part defer />);
      expect(screen.getByText('drawn')).toBeInTheDocument();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
