import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ErrorBoundary } from './error-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot draw this');
  return <p>Drawn</p>;
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of children that throw, and keeps siblings', async () => {
    // React reports a caught render error on the console: expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    render(
      <>
        <ErrorBoundary
          fallback={(error, reset) => (
            <div role="alert">
              <p>{error.message}</p>
              <button onClick={reset}>Retry</button>
            </div>
          )}
        >
          <Fragile />
        </ErrorBoundary>
        <p>Sibling</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('cannot draw this');
    expect(screen.getByText('Sibling')).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalled();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Drawn')).toBeInTheDocument();
  });

  it('renders the children when nothing throws', () => {
    broken = false;
    render(
      <ErrorBoundary fallback={() => <p>Fallback</p>}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Drawn')).toBeInTheDocument();
  });
});
