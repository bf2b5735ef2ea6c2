import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CopyFallback } from './copy-fallback';

const TEXT = 'Tom Sawyer · Member ID 64035151\nTarget progress as of 15 May 2024, 09:30';

describe('CopyFallback', () => {
  it('shows the text read-only, focused and wholly selected, with what to press', () => {
    render(<CopyFallback text={TEXT} onClose={() => {}} />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Summary to copy' });
    expect(box).toHaveValue(TEXT);
    expect(box).toHaveAttribute('readonly');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, TEXT.length]);
    expect(box).toHaveAccessibleDescription(/press Ctrl\+C \(⌘C on a Mac\)/);
  });

  it('keeps a selection made by hand while it stays open', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CopyFallback text={TEXT} onClose={() => {}} />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Summary to copy' });
    box.setSelectionRange(2, 5);
    rerender(<CopyFallback text={TEXT} onClose={() => {}} />);
    expect([box.selectionStart, box.selectionEnd]).toEqual([2, 5]);
    const onClose = vi.fn();
    rerender(<CopyFallback text={TEXT} onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
