import { create } from 'zustand';
import type { RegionId } from '../content/schema';
import type { PlaceDetail } from '../domain/pain';
import { NO_DETAILS, sameIds, selectionParam, toggleRegion, withDetail, type BadDetail, type Details, type ParsedSelection } from '../domain/selection';

/** What a link gave (details and bad values may be left out: none). */
export type SelectionRead = Omit<ParsedSelection, 'details' | 'bad'> & Partial<Pick<ParsedSelection, 'details' | 'bad'>>;

interface SelectionState {
  /** The marked places, in the order they were marked. Kept apart from `details`, so a click stays cheap. */
  regions: RegionId[];
  /** How bad each place is and what it feels like, for places given a level other than 5 or a kind. Changes only when the person sets one, removes that place, or follows a link. */
  details: Details;
  /** Ids in the last link read that are not places: shown in a notice, dropped at the next change. */
  unknown: string[];
  /** Pain levels and kinds in the last link read that were not understood: shown in the same notice. */
  badDetails: BadDetail[];
  /** How many more parts the last link read had than a link may carry: named in the notice, then dropped. */
  unread: number;
  /** Takes the selection from a link (the URL's `?r=`): on load, on back/forward, on any link followed. */
  read: (parsed: SelectionRead) => void;
  toggle: (id: RegionId) => void;
  /** Marks a place (never unmarks: "I feel pain here too"). */
  add: (id: RegionId) => void;
  remove: (id: RegionId) => void;
  /** Sets how bad a marked place is and what it feels like (level 5 and no kind: nothing said). */
  setDetail: (id: RegionId, detail: PlaceDetail) => void;
  clear: () => void;
}

const NONE: BadDetail[] = [];

/**
 * The places marked as painful. The URL carries them too (app/SelectionUrl.tsx keeps the two in step),
 * so links, reload and back/forward work; the store lets a click repaint the map and the results
 * without waiting for the router.
 */
export const useSelectionStore = create<SelectionState>()((set, get) => ({
  regions: [],
  details: NO_DETAILS,
  unknown: [],
  badDetails: NONE,
  unread: 0,
  read: ({ ids, unknown, unread, details = NO_DETAILS, bad = NONE }) => {
    const now = get();
    const keep = selectionParam(now.regions, now.details) === selectionParam(ids, details);
    if (keep && sameIds(now.unknown, unknown) && JSON.stringify(now.badDetails) === JSON.stringify(bad) && now.unread === unread) return;
    // The same places keep the same array (and details their object), so nothing re-renders for them.
    set(keep ? { unknown, badDetails: bad, unread } : { regions: sameIds(now.regions, ids) ? now.regions : ids, details, unknown, badDetails: bad, unread });
  },
  toggle: (id) => {
    const { regions, details } = get();
    set({ regions: toggleRegion(regions, id), details: withDetail(details, id), unknown: [], badDetails: NONE, unread: 0 });
  },
  add: (id) => {
    if (!get().regions.includes(id)) set({ regions: [...get().regions, id], unknown: [], badDetails: NONE, unread: 0 });
  },
  remove: (id) => {
    const { regions, details } = get();
    set({ regions: regions.filter((x) => x !== id), details: withDetail(details, id), unknown: [], badDetails: NONE, unread: 0 });
  },
  setDetail: (id, detail) => {
    const { regions, details } = get();
    if (!regions.includes(id)) return;
    const next = withDetail(details, id, detail);
    if (next !== details) set({ details: next, unknown: [], badDetails: NONE, unread: 0 });
  },
  clear: () => { set({ regions: [], details: NO_DETAILS, unknown: [], badDetails: NONE, unread: 0 }); },
}));
