import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { useNextTask } from './use-next-task';

function Part({ defer }: { defer: boolean }) {
  return <p>{useNextTask(defer) ? 'drawn' : 'waiting'}</p>;
}

describe('useNextTask', () => {
  it('is ready at once when nothing is deferred, and stays ready when asked to defer later', () => {
    const { rerender } = render(<Part defer={false} />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
    rerender(<Part defer />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('waits for the next frame and the task after it when deferred, then stays ready', async () => {
    vi.useFakeTimers();
    try {
      const { rerender } = render(<Part defer />);
      expect(screen.getByText('waiting')).toBeInTheDocument();
      await act(() => vi.advanceTimersToNextTimerAsync()); // the frame
      expect(screen.getByText('waiting')).toBeInTheDocument();
      await act(() => vi.advanceTimersToNextTimerAsync()); // the task after it
      expect(screen.getByText('drawn')).toBeInTheDocument();
      rerender(<Part defer />);
      expect(screen.getByText('drawn')).toBeInTheDocument();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
