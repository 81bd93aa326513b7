import { Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const shown = (ui: ReactNode) => render(<Suspense fallback={<p>Loading</p>}>{ui}</Suspense>);

describe('preloadable', () => {
  it('renders in the same pass once preloaded, with no fallback painted first', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const { Component, preload } = preloadable(load);
    preload();
    await Promise.resolve();
    await Promise.resolve();
    shown(<Component name="Ann" />);
    expect(screen.getByText('Hello Ann')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback while the code loads when nothing preloaded it', async () => {
    const { Component } = preloadable(() => Promise.resolve(Greeting));
    shown(<Component name="Bo" />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Bo')).toBeInTheDocument();
  });

  it('loads once however often it is preloaded, and tries again after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const { Component, preload } = preloadable(load as () => Promise<typeof Greeting>);
    preload();
    await vi.waitFor(() => { expect(load).toHaveBeenCalledTimes(1); });
    await new Promise((done) => setTimeout(done, 0));
    preload();
    preload();
    await new Promise((done) => setTimeout(done, 0));
    expect(load).toHaveBeenCalledTimes(2);
    shown(<Component name="Cy" />);
    expect(screen.getByText('Hello Cy')).toBeInTheDocument();
  });
});
