import { useCallback, useSyncExternalStore } from 'react';

// One MediaQueryList per query: creating one parses the query, and a render should not pay for that.
const lists = new Map<string, MediaQueryList>();

function listFor(query: string): MediaQueryList | undefined {
  if (typeof window.matchMedia !== 'function') return undefined;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a CSS media query matches now (false where matchMedia is missing, e.g. in jsdom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list?.addEventListener('change', onChange);
      return () => { list?.removeEventListener('change', onChange); };
    },
    [query],
  );
  const matches = useCallback(() => listFor(query)?.matches ?? false, [query]);
  return useSyncExternalStore(subscribe, matches, () => false);
}
