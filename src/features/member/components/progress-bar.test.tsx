import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ProgressBar } from './progress-bar';

describe('ProgressBar', () => {
  it('is a named progressbar with its min, max, now and value text', () => {
    render(
      <ProgressBar
        label="Spend, Cycle_3 (May 1, 2024 – May 31, 2024)"
        valueNow={5000}
        valueMax={8000}
        valueText="5,000 of 8,000 (62.5%)"
        fillPercent={62.5}
        markers={[]}
        tone="in-progress"
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Spend, Cycle_3 (May 1, 2024 – May 31, 2024)' });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '8000');
    expect(bar).toHaveAttribute('aria-valuenow', '5000');
    expect(bar).toHaveAttribute('aria-valuetext', '5,000 of 8,000 (62.5%)');
    expect(bar.firstElementChild).toHaveStyle({ width: '62.5%' });
  });

  it('draws milestone markers hidden from assistive technology', () => {
    const { container } = render(
      <ProgressBar
        label="x"
        valueNow={0}
        valueMax={10}
        valueText="0 of 10 (0%)"
        fillPercent={0}
        markers={[30, 50]}
        tone="upcoming"
      />,
    );
    const markers = container.querySelectorAll('[data-marker]');
    expect(markers).toHaveLength(2);
    expect(markers[0]?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(markers[1]).toHaveStyle({ left: '50%' });
  });
});
