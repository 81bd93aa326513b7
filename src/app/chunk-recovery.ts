/**
 * When a piece of a screen fails to load (most often: a new version was deployed while the page was
 * open, and the old hashed file is gone), the error boundary reloads the page once to get the new
 * version. The URL says it was reloaded (`reloaded=1`, beside the marks in `r=`), not storage, since
 * storage may be what is failing. A page that was itself that reload never reloads again: the error
 * screen shows instead, so a file that is missing for good cannot make a reload loop. docs/deploy.md.
 */

/** The query parameter of the one automatic reload. */
export const RELOAD_FLAG = 'reloaded';

const isFlag = (part: string) => part === RELOAD_FLAG || part.startsWith(`${RELOAD_FLAG}=`);

/** The query string without the flag, every other parameter kept as written. `withoutReloadFlag('?r=a,b&reloaded=1') // -> '?r=a,b'` */
export function withoutReloadFlag(search: string): string {
  const kept = search.replace(/^\?/, '').split('&').filter((part) => part !== '' && !isFlag(part));
  return kept.length ? `?${kept.join('&')}` : '';
}

/** The query string with the flag added at the end. `withReloadFlag('?r=a,b') // -> '?r=a,b&reloaded=1'` */
export function withReloadFlag(search: string): string {
  const rest = withoutReloadFlag(search);
  return `${rest}${rest ? '&' : '?'}${RELOAD_FLAG}=1`;
}

export function hasReloadFlag(search: string): boolean {
  return search.replace(/^\?/, '').split('&').some(isFlag);
}

/** What the recovery needs of `window.location`. */
export interface PageLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  replace(url: string): void;
}

/** The reload-once policy for one page (one document). */
export function createChunkRecovery(location: PageLocation) {
  const arrivedByReload = hasReloadFlag(location.search);
  let reloading = false;
  const canReload = () => !reloading && !arrivedByReload && !hasReloadFlag(location.search);
  return {
    /** Whether a failed piece would reload the page now (or a reload is under way). */
    willReload: () => reloading || canReload(),
    /** Starts the one reload, keeping the path, the other parameters and the hash; false if it was already tried. */
    reloadOnce(): boolean {
      if (reloading) return true;
      if (!canReload()) return false;
      reloading = true;
      location.replace(`${location.pathname}${withReloadFlag(location.search)}${location.hash}`);
      return true;
    },
  };
}

type ChunkRecovery = ReturnType<typeof createChunkRecovery>;

let recovery: ChunkRecovery | null = null;
const failedLoads = new WeakSet<object>();

/**
 * Watches for pieces that fail to load, for this page. Vite's loader announces each failed dynamic
 * import (and each failed stylesheet of one) with `vite:preloadError` before the importer sees the
 * error. Nothing is prevented: an importer with its own handling (the safety data's retry) keeps it.
 * The error is only remembered, so the error screen knows a failed load from a bug.
 */
export function startChunkRecovery(location: PageLocation = window.location): void {
  recovery = createChunkRecovery(location);
  window.addEventListener('vite:preloadError', (event) => {
    const error: unknown = event.payload;
    if (typeof error === 'object' && error !== null) failedLoads.add(error);
  });
}

/** Whether an error is a piece of the app that failed to load (seen by startChunkRecovery). */
export function isChunkLoadError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && failedLoads.has(error);
}

/** Whether a failed load reloads the page now, rather than showing the error screen. */
export function willReload(): boolean {
  return recovery?.willReload() ?? false;
}

/** Reloads the page once for a failed load (true), or false when that reload was already tried. */
export function reloadOnce(): boolean {
  return recovery?.reloadOnce() ?? false;
}
