import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazy, Suspense } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import {
  createChunkRecovery,
  hasReloadFlag,
  startChunkRecovery,
  withoutReloadFlag,
  withReloadFlag,
  type PageLocation,
} from '../../src/app/chunk-recovery';
import { ErrorBoundary, RouteErrorBoundary } from '../../src/app/ErrorBoundary';
import { DropReloadFlag } from '../../src/app/DropReloadFlag';

/** A location whose reload is only recorded. */
function fakeLocation(url: string) {
  let current = new URL(url, 'http://myomap.test');
  return {
    get pathname() { return current.pathname; },
    get search() { return current.search; },
    get hash() { return current.hash; },
    replace: vi.fn<(url: string) => void>(),
    go: (next: string) => { current = new URL(next, current); },
  } satisfies PageLocation & { go: (url: string) => void };
}

/** The way Vite's loader announces a failed dynamic import, before the importer sees the error. */
function failedImport(): Error {
  const error = new TypeError('Failed to fetch dynamically imported module: /assets/MuscleRoute-x.js');
  window.dispatchEvent(Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload: error }));
  return error;
}

function Throws({ error }: { error: unknown }): never {
  throw error;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the reload flag in the URL', () => {
  it.each([
    ['', '?reloaded=1'],
    ['?r=knee-back-right,calf-upper-right', '?r=knee-back-right,calf-upper-right&reloaded=1'],
    ['?side=right&r=heel-right', '?side=right&r=heel-right&reloaded=1'],
    ['?r=heel-right&reloaded=1', '?r=heel-right&reloaded=1'],
  ])('adds the flag to %j, keeping every other parameter as written: %j', (search, flagged) => {
    expect(withReloadFlag(search)).toBe(flagged);
    expect(hasReloadFlag(flagged)).toBe(true);
  });

  it.each([
    ['?reloaded=1', ''],
    ['?r=knee-back-right,calf-upper-right&reloaded=1', '?r=knee-back-right,calf-upper-right'],
    ['?reloaded=1&side=right&r=heel-right', '?side=right&r=heel-right'],
    ['?r=a%2Cb&reloaded', '?r=a%2Cb'],
    ['?r=heel-right', '?r=heel-right'],
  ])('takes the flag out of %j and leaves %j', (search, left) => {
    expect(withoutReloadFlag(search)).toBe(left);
    expect(hasReloadFlag(left)).toBe(false);
  });

  it('does not take a parameter that only starts with the same letters for the flag', () => {
    expect(hasReloadFlag('?reloadedAt=5')).toBe(false);
  });
});

describe('reloading once', () => {
  it('reloads the same page once, with the marks, the other parameters and the hash', () => {
    const location = fakeLocation('/muscles/plantaris?side=right&r=knee-back-right,calf-upper-right#steps');
    const recovery = createChunkRecovery(location);
    expect(recovery.reloadOnce()).toBe(true);
    expect(recovery.reloadOnce()).toBe(true);
    expect(location.replace).toHaveBeenCalledOnce();
    expect(location.replace).toHaveBeenCalledWith('/muscles/plantaris?side=right&r=knee-back-right,calf-upper-right&reloaded=1#steps');
  });

  it('does not reload a page whose URL says it was reloaded already', () => {
    const location = fakeLocation('/muscles/plantaris?r=heel-right&reloaded=1');
    const recovery = createChunkRecovery(location);
    expect(recovery.willReload()).toBe(false);
    expect(recovery.reloadOnce()).toBe(false);
    expect(location.replace).not.toHaveBeenCalled();
  });

  it('never reloads a page that was itself the reload, even once the flag has left its address (no loop)', () => {
    const location = fakeLocation('/?r=heel-right&reloaded=1');
    const recovery = createChunkRecovery(location);
    location.go('/?r=heel-right');
    expect(recovery.reloadOnce()).toBe(false);
    expect(location.replace).not.toHaveBeenCalled();
  });
});

describe('the error screen for a piece that did not load', () => {
  it('reloads once and shows "Loading…" meanwhile, not the error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const location = fakeLocation('/muscles/plantaris?r=knee-back-right');
    startChunkRecovery(location);
    const error = failedImport();
    render(
      <ErrorBoundary>
        <Throws error={error} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(location.replace).toHaveBeenCalledWith('/muscles/plantaris?r=knee-back-right&reloaded=1');
  });

  it('after the reload, says the page did not load and starts over on the body map with the valid marks', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/muscles/plantaris?r=knee-back-right,nowhere-left,calf-upper-right&reloaded=1');
    const location = fakeLocation(window.location.href);
    startChunkRecovery(location);
    const error = failedImport();
    const startOver = vi.fn();
    render(
      <ErrorBoundary onStartOver={startOver}>
        <Throws error={error} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/part of myomap did not load/i);
    expect(screen.getByRole('alert')).toHaveTextContent(/your marks and your saved safety answers are kept/i);
    expect(location.replace).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(startOver).toHaveBeenCalledWith('/?r=knee-back-right,calf-upper-right');
  });

  it('treats an ordinary error as a bug: no reload, and "Start over" goes to the body map without the marks', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/muscles/plantaris?r=knee-back-right');
    const location = fakeLocation(window.location.href);
    startChunkRecovery(location);
    const startOver = vi.fn();
    render(
      <ErrorBoundary onStartOver={startOver}>
        <Throws error={new Error('a bug')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/could not show this page/i);
    expect(location.replace).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(startOver).toHaveBeenCalledWith('/');
  });
});

/** The router's address, as a person sees it in the address bar. */
function AddressBar() {
  const { pathname, search, hash } = useLocation();
  return <output aria-label="address">{`${pathname}${search}${hash}`}</output>;
}

describe('the reload flag after the reload', () => {
  it('leaves the address once the screen has loaded, the marks staying', async () => {
    const Screen = lazy(() => Promise.resolve({ default: () => <h1>Plantaris</h1> }));
    render(
      <MemoryRouter initialEntries={['/muscles/plantaris?side=right&r=knee-back-right&reloaded=1#steps']}>
        <AddressBar />
        <Suspense fallback={<p>Loading…</p>}>
          <DropReloadFlag />
          <Routes>
            <Route path="/muscles/:id" element={<Screen />} />
          </Routes>
        </Suspense>
      </MemoryRouter>,
    );
    await screen.findByRole('heading', { name: 'Plantaris' });
    await waitFor(() => { expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/muscles/plantaris?side=right&r=knee-back-right#steps'); });
  });

  it('stays while the screen cannot load, so a reload from there shows the error screen again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = lazy(() => Promise.reject(new Error('not loaded')));
    render(
      <MemoryRouter initialEntries={['/muscles/plantaris?r=knee-back-right&reloaded=1']}>
        <AddressBar />
        <RouteErrorBoundary>
          <Suspense fallback={<p>Loading…</p>}>
            <DropReloadFlag />
            <Routes>
              <Route path="/muscles/:id" element={<Broken />} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </MemoryRouter>,
    );
    await screen.findByRole('alert');
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/muscles/plantaris?r=knee-back-right&reloaded=1');
  });
});
