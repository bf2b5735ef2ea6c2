import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PrintStamp } from './print-stamp';

afterEach(() => {
  vi.useRealTimers();
});

describe('PrintStamp', () => {
  it('prints the address, the member id, when the data came and when it was printed', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 25, 9, 0), toFake: ['Date'] });
    const { container } = render(<PrintStamp userId="900000001" updatedAt={Date.UTC(2026, 10, 25, 8, 58)} />);
    const stamp = container.querySelector('[data-print-stamp]');
    expect(stamp).toHaveClass('hidden', 'print:block');
    expect(stamp).toHaveTextContent(window.location.href);
    expect(stamp).toHaveTextContent(/Member ID 900000001 · data as of .*2026.* · printed .*2026/);
    const printedBefore = screen.getByText(/printed/).textContent;

    vi.setSystemTime(Date.UTC(2026, 10, 26, 14, 0));
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText(/printed/).textContent).not.toBe(printedBefore);
  });
});
