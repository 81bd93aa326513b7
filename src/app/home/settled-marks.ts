import { useSyncExternalStore } from 'react';
import { useSelectionStore } from '../../stores/selection-store';

/** How long the marks must rest before the row pictures are redrawn (docs/performance.md). */
export const SETTLE_MS = 400;

let settled: ReadonlySet<string> = new Set(useSelectionStore.getState().regions);
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

// One timer for all the pictures: the marks they draw follow the selection once it has rested.
useSelectionStore.subscribe((now, before) => {
  if (now.regions === before.regions) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    settled = new Set(useSelectionStore.getState().regions);
    for (const listener of listeners) listener();
  }, SETTLE_MS);
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
};
const get = () => settled;

/**
 * The marked places as they were once the taps rested for SETTLE_MS: what the row pictures draw, so a
 * tap re-renders the rows' words at once and no picture until the person pauses.
 */
export function useSettledMarks(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, get, get);
}
