import { Suspense } from 'react';
import type { ResultsListProps } from '../../features/results/ResultsList';
import { preloadable } from '../../lib/preloadable';

// The rows' code is not in the first load; app/warm-up.ts fetches it at idle after the first paint.
const { Component: ResultsList, preload: preloadResults } = preloadable(() => import('../../features/results/ResultsList').then((m) => m.ResultsList));
export { preloadResults };

/**
 * The results panel. The rows' code is not in the first load: it loads when the page is idle after the
 * first paint (or with the first mark), and until then the panel says what will appear there. The
 * panel itself stays the same element throughout ("Back to results" and the results bar focus it).
 */
export function Results({ hasSelection, ...props }: ResultsListProps & { hasSelection: boolean }) {
  return (
    <section className="panel results" id="results" tabIndex={-1} aria-labelledby="results-title">
      <h2 id="results-title">Muscles that may cause this pain</h2>
      {hasSelection ? (
        <Suspense fallback={<p className="muted">Finding the muscles that match…</p>}>
          <ResultsList {...props} />
        </Suspense>
      ) : (
        <p className="muted">Mark where it hurts and the muscles whose trigger points commonly send pain there will appear here, best match first.</p>
      )}
    </section>
  );
}
