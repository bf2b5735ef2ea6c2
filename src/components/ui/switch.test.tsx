import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { Switch } from './switch';

function Controlled({ onChange }: { onChange: (checked: boolean) => void }) {
  const [checked, setChecked] = useState(false);
  return (
    <Switch
      label="Show all cycles"
      checked={checked}
      onCheckedChange={(next) => {
        setChecked(next);
        onChange(next);
      }}
    />
  );
}

describe('Switch', () => {
  it('is a switch named by its visible label', () => {
    render(<Switch label="Include inactive targets" checked={false} onCheckedChange={() => {}} />);
    const control = screen.getByRole('switch', { name: 'Include inactive targets' });
    expect(control).not.toBeChecked();
    expect(screen.getByText('Include inactive targets')).toBeVisible();
  });

  it('toggles by click on the label and by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.click(screen.getByText('Show all cycles'));
    expect(screen.getByRole('switch')).toBeChecked();
    screen.getByRole('switch').focus();
    await user.keyboard(' ');
    expect(screen.getByRole('switch')).not.toBeChecked();
    expect(onChange.mock.calls).toEqual([[true], [false]]);
  });
});
