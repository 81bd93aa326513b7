import { fetchSafetyData, type SafetyData } from '../content/browser-content';

type Engine = typeof import('./safety-engine');

export type SafetyLoad =
  | { state: 'idle' | 'loading' }
  | { state: 'ready'; data: SafetyData; engine: Engine }
  | { state: 'failed'; error: string };

let current: SafetyLoad = { state: 'idle' };
const listeners = new Set<() => void>();

function set(next: SafetyLoad) {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * Loads the safety data and the code that reads it, together (once they have loaded; again after a
 * failure, so "Try again" really retries). Never throws: a failure is a state the screens show, and
 * self-care stays held while it lasts.
 */
export function loadSafety(): void {
  if (current.state === 'loading' || current.state === 'ready') return;
  set({ state: 'loading' });
  Promise.all([fetchSafetyData(), import('./safety-engine')]).then(
    ([data, engine]) => { set({ state: 'ready', data, engine }); },
    (error: unknown) => { set({ state: 'failed', error: error instanceof Error ? error.message : String(error) }); },
  );
}

/** Loads the safety check ahead of need (app/warm-up.ts) unless it is loading, loaded or has failed: a failure stays on screen with its "Try again". */
export function preloadSafety(): void {
  if (current.state === 'idle') loadSafety();
}

/** For useSyncExternalStore: the state of the safety data. */
export const safetySource = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => { listeners.delete(listener); };
  },
  get: (): SafetyLoad => current,
};

/** Tests only: start from a given state (loaded with the real data, failed, or idle). */
export async function resetSafetyForTests(data?: SafetyData): Promise<void> {
  set(data ? { state: 'ready', data, engine: await import('./safety-engine') } : { state: 'idle' });
}
