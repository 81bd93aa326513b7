import { useLayoutEffect } from 'react';

/**
 * Marks when results for a new selection have been painted (the frame after the commit), and measures
 * 'myomap:click-to-results' from the last 'myomap:select' mark. `npm run bench` reads these entries.
 * It never throws: the cleanup cancels both the frame and the timeout, and the measure is taken only
 * while its start mark still exists (fast clicks can clear it first).
 */
export function useResultsPaintedMark(results: unknown): void {
  useLayoutEffect(() => {
    if (performance.getEntriesByName('myomap:select', 'mark').length === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (performance.getEntriesByName('myomap:select', 'mark').length === 0) return;
        try {
          performance.mark('myomap:results-painted');
          performance.measure('myomap:click-to-results', 'myomap:select', 'myomap:results-painted');
        } catch {
          // Timing is best effort; it must never break the page.
        }
        performance.clearMarks('myomap:select');
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [results]);
}
