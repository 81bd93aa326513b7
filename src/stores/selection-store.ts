import { create } from 'zustand';
import type { RegionId } from '../content/schema';
import { sameIds, toggleRegion, type ParsedSelection } from '../domain/selection';

interface SelectionState {
  /** The marked places, in the order they were marked. */
  regions: RegionId[];
  /** Ids in the last link read that are not places: shown in a notice, dropped at the next change. */
  unknown: string[];
  /** How many more parts the last link read had than a link may carry: named in the notice, then dropped. */
  unread: number;
  /** Takes the selection from a link (the URL's `?r=`): on load, on back/forward, on any link followed. */
  read: (parsed: ParsedSelection) => void;
  toggle: (id: RegionId) => void;
  /** Marks a place (never unmarks: "I feel pain here too"). */
  add: (id: RegionId) => void;
  remove: (id: RegionId) => void;
  clear: () => void;
}

/**
 * The places marked as painful. The URL carries them too (app/SelectionUrl.tsx keeps the two in step),
 * so links, reload and back/forward work; the store lets a click repaint the map and the results
 * without waiting for the router.
 */
export const useSelectionStore = create<SelectionState>()((set, get) => ({
  regions: [],
  unknown: [],
  unread: 0,
  read: ({ ids, unknown, unread }) => {
    const now = get();
    if (sameIds(now.regions, ids) && sameIds(now.unknown, unknown) && now.unread === unread) return;
    set({ regions: ids, unknown, unread });
  },
  toggle: (id) => { set({ regions: toggleRegion(get().regions, id), unknown: [], unread: 0 }); },
  add: (id) => {
    if (!get().regions.includes(id)) set({ regions: [...get().regions, id], unknown: [], unread: 0 });
  },
  remove: (id) => { set({ regions: get().regions.filter((x) => x !== id), unknown: [], unread: 0 }); },
  clear: () => { set({ regions: [], unknown: [], unread: 0 }); },
}));
