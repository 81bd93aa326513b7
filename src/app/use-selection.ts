import { parseSelection, type ParsedSelection } from '../domain/selection';
import type { RegionId } from '../content/schema';
import { content } from '../content/browser-content';
import { useSelectionStore } from '../stores/selection-store';
import type { PlaceDetail } from '../domain/pain';

const knownRegionIds: ReadonlySet<string> = new Set(content.regions.map((r) => r.id));

/** The selection a URL's query string carries (`?r=a,b`, every `r` if there are several), checked against the known places. */
export function selectionFromSearch(search: string): ParsedSelection {
  return parseSelection(new URLSearchParams(search).getAll('r'), knownRegionIds);
}

// The actions never change, so components that take them as props are not re-rendered by a click.
const actions = {
  toggle: (id: string) => {
    if (!knownRegionIds.has(id)) return;
    // Start of the click-to-results measurement (npm run bench); see useResultsPaintedMark.
    performance.mark('myomap:select');
    useSelectionStore.getState().toggle(id as RegionId);
  },
  add: (id: string) => {
    if (!knownRegionIds.has(id)) return;
    performance.mark('myomap:select');
    useSelectionStore.getState().add(id as RegionId);
  },
  remove: (id: string) => {
    if (knownRegionIds.has(id)) useSelectionStore.getState().remove(id as RegionId);
  },
  setDetail: (id: string, detail: PlaceDetail) => {
    if (knownRegionIds.has(id)) useSelectionStore.getState().setDetail(id as RegionId, detail);
  },
  clear: () => { useSelectionStore.getState().clear(); },
};

/** The marked places and their details, what a link had that was not read, and the actions that change them. */
export function useSelection() {
  const selection = useSelectionStore((s) => s.regions);
  const details = useSelectionStore((s) => s.details);
  const unknown = useSelectionStore((s) => s.unknown);
  const badDetails = useSelectionStore((s) => s.badDetails);
  const unread = useSelectionStore((s) => s.unread);
  return { selection, details, unknown, badDetails, unread, ...actions };
}
