/**
 * Runs `task` once the browser is idle (after the current frame is painted), or after `timeoutMs` at
 * the latest; returns a function that cancels it. Falls back to a timer where requestIdleCallback is
 * missing (Safari, jsdom).
 */
export function whenIdle(task: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => { cancelIdleCallback(handle); };
  }
  const timer = setTimeout(task, 1);
  return () => { clearTimeout(timer); };
}
