import { describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { ErrorBoundary, RouteErrorBoundary } from '../../src/app/ErrorBoundary';

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

describe('the error boundary around the routes', () => {
  /** A header and routes, as in the app: the header stays outside the boundary. */
  function Frame({ path, routes }: { path: string; routes: ReactNode }) {
    return (
      <MemoryRouter initialEntries={[path]}>
        <nav>
          <Link to="/">Body map</Link>
          <Link to="/muscles">Muscles A–Z</Link>
        </nav>
        <RouteErrorBoundary>
          <Routes>{routes}</Routes>
        </RouteErrorBoundary>
      </MemoryRouter>
    );
  }

  it('clears the error screen when a header link goes to another page', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Frame path="/muscles/soleus" routes={[<Route key="m" path="/muscles/:id" element={<Boom />} />, <Route key="a" path="/muscles" element={<h1>All muscles</h1>} />]} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Muscles A–Z' }));
    expect(screen.getByRole('heading', { name: 'All muscles' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries the same page again when its own link is followed', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fails = true;
    function Flaky() {
      if (fails) throw new Error('once');
      return <h1>Where does it hurt?</h1>;
    }
    render(<Frame path="/" routes={<Route path="/" element={<Flaky />} />} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    fails = false;
    await user.click(screen.getByRole('link', { name: 'Body map' }));
    expect(screen.getByRole('heading', { name: 'Where does it hurt?' })).toBeInTheDocument();
  });
});
