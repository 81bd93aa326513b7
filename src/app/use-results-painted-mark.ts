import { useLayoutEffect } from 'react';

/**
 * Marks when results for a new selection have been painted (the frame after the commit), and measures
 * 'myomap:click-to-results' from the last 'myomap:select' mark. `npm run bench` reads these entries.
 */
export function useResultsPaintedMark(results: unknown): void {
  useLayoutEffect(() => {
    if (performance.getEntriesByName('myomap:select', 'mark').length === 0) return;
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        performance.mark('myomap:results-painted');
        performance.measure('myomap:click-to-results', 'myomap:select', 'myomap:results-painted');
        performance.clearMarks('myomap:select');
      }, 0);
    });
    return () => { cancelAnimationFrame(frame); };
  }, [results]);
}
