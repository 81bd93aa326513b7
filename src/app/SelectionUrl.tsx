import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { sameIds, selectionSearch } from '../domain/selection';
import { useSelectionStore } from '../stores/selection-store';
import { whenIdle } from '../lib/when-idle';
import { paths } from './paths';
import { regionById } from '../content/browser-content';
import { useUiStore } from '../stores/ui-store';
import { selectionFromSearch } from './use-selection';

/**
 * Keeps the selection store and the URL's `?r=` in step (docs/engine.md). A new URL (load, a link,
 * back/forward) is read into the store before it is painted. A change made on the map is written to
 * the URL as a new history entry (a change of level or kind only replaces it) once the new results are
 * painted and the page is idle, so a click waits for neither the history API nor the router.
 */
export function SelectionUrl() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const latest = useRef({ pathname, search, navigate });

  useLayoutEffect(() => {
    latest.current = { pathname, search, navigate };
    const before = useSelectionStore.getState().regions;
    const parsed = selectionFromSearch(search);
    useSelectionStore.getState().read(parsed);
    // A link that brings marks opens the phone on the view that shows the first one (the back, for the
    // back of the knee), not on a blank front. Changes made on the map come back here unchanged.
    const first = parsed.ids[0];
    if (first && !sameIds(before, parsed.ids)) {
      const view = regionById.get(first)?.view;
      if (view) useUiStore.getState().setPhoneView(view);
    }
  }, [pathname, search, navigate]);

  useEffect(() => {
    let cancelWrite: (() => void) | undefined;
    const write = () => {
      const url = latest.current;
      // Only the map screen changes the selection; other pages carry it in their links.
      if (url.pathname !== paths.home()) return;
      const { regions, details } = useSelectionStore.getState();
      const search = selectionSearch(regions, details);
      const shown = selectionFromSearch(url.search);
      if (search === selectionSearch(shown.ids, shown.details)) return;
      // Only a level or kind changed (the same places): the entry is replaced, so moving through 6, 7 and 8
      // by arrow key is one step back, not three. A change of places is a new entry.
      void url.navigate({ pathname: url.pathname, search }, { replace: sameIds(regions, shown.ids) });
    };
    const unsubscribe = useSelectionStore.subscribe((now, before) => {
      if (now.regions === before.regions && now.details === before.details) return;
      // Once the change is painted and the page is idle; several quick changes make one history entry.
      cancelWrite?.();
      cancelWrite = whenIdle(write);
    });
    return () => {
      unsubscribe();
      cancelWrite?.();
    };
  }, []);

  return null;
}
