import { preloadable } from '../../lib/preloadable';

// The phone's results bar appears with the first mark: its code is fetched at idle (app/warm-up.ts),
// not in the first load, and then shows on that very tap.
const { Component: ResultsBar, preload: preloadResultsBar } = preloadable(() => import('./ResultsBar').then((m) => m.ResultsBar));
export { ResultsBar, preloadResultsBar };
