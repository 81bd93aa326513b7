import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

function Boom(): never {
  throw new Error('broken render');
}

describe('the error boundary', () => {
  it('shows a recovery screen with "Start over" that keeps what was saved', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    localStorage.setItem('myomap:safety', '{"version":1,"answers":{"dvt/leg-swollen-warm":"no"},"confirmed":[]}');
    const startOver = vi.fn();
    render(
      <ErrorBoundary onStartOver={startOver}>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: /something went wrong/i })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(startOver).toHaveBeenCalledOnce();
    expect(localStorage.getItem('myomap:safety')).toContain('leg-swollen-warm');
  });

  it('renders its children when nothing breaks', () => {
    render(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
