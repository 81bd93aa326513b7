import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseSelection, selectionSearch, toggleRegion } from '../domain/selection';
import type { RegionId } from '../content/schema';
import { content } from '../content/browser-content';

const knownRegionIds: ReadonlySet<string> = new Set(content.regions.map((r) => r.id));

/**
 * The selection, read from the URL (`?r=a,b`): the URL is its only source of truth, so reload,
 * shared links and back/forward all work. Changes push a new history entry.
 */
export function useSelection() {
  const location = useLocation();
  const navigate = useNavigate();
  const { ids, unknown } = useMemo(
    () => parseSelection(new URLSearchParams(location.search).get('r'), knownRegionIds),
    [location.search],
  );
  const set = useCallback(
    (next: readonly RegionId[]) => {
      void navigate({ pathname: location.pathname, search: selectionSearch(next) });
    },
    [navigate, location.pathname],
  );
  const toggle = useCallback(
    (id: string) => {
      if (!knownRegionIds.has(id)) return;
      // Start of the click-to-results measurement (npm run bench); see useResultsPaintedMark.
      performance.mark('myomap:select');
      set(toggleRegion(ids, id as RegionId));
    },
    [ids, set],
  );
  const remove = useCallback((id: string) => { set(ids.filter((x) => x !== id)); }, [ids, set]);
  const clear = useCallback(() => { set([]); }, [set]);
  return { selection: ids, unknown, toggle, remove, clear };
}
