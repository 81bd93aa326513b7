import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code is not in the first load, and a `preload()` that fetches it ahead of need.
 * Once the code is in, the component renders in the same pass as its parent: `React.lazy` alone would
 * suspend once even for code already fetched (its first render makes a new promise), painting the
 * fallback on the very tap that first shows it. Before that, it is `React.lazy` (the fallback shows
 * while it loads). Each mounted instance keeps the form it started with, so nothing remounts.
 * `const { Component: Rows, preload } = preloadable(() => import('./rows').then((m) => m.Rows))`
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): { Component: ComponentType<P>; preload: () => void } {
  let ready: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (pending ??= load().then(
      (component) => (ready = component),
      (error: unknown) => {
        pending = null; // not a cached failure: a later preload or mount tries again
        throw error;
      },
    ));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    const [Shown] = useState<ComponentType<P>>(() => ready ?? Lazy);
    return <Shown {...props} />;
  }
  return {
    Component: Preloadable,
    preload: () => { start().catch(() => undefined); },
  };
}
