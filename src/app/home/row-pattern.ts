import { content, muscleById } from '../../content/browser-content';
import { patternRegions } from '../../domain/pattern';
import type { ResultRow } from '../../domain/rows';
import type { RegionId } from '../../content/schema';

/** A pattern as region ids (it is also a PatternSets, what the map's drawing code takes). */
export interface RowPattern {
  primary: ReadonlySet<RegionId>;
  secondary: ReadonlySet<RegionId>;
  triggerPoints: ReadonlySet<RegionId>;
}

const EMPTY: RowPattern = { primary: new Set(), secondary: new Set(), triggerPoints: new Set() };

// A row's pattern doesn't depend on the selection: work it out once per muscle and side (and again once
// the trigger points arrive with the row extras).
const patterns = new Map<string, RowPattern>();

/** A result row's pattern on its side or sides: for its picture and for "show on my map". */
export function patternOf(row: ResultRow, triggerPointAreas: readonly string[] | undefined): RowPattern {
  const side = row.bothSides ? 'both' : row.side;
  const key = `${row.id}:${side}:${triggerPointAreas ? 'tp' : ''}`;
  let found = patterns.get(key);
  if (!found) {
    const m = muscleById.get(row.id);
    found = m ? patternRegions({ referral: m.referral, triggerPoints: (triggerPointAreas ?? []).map((area) => ({ area })) }, content.regions, side) : EMPTY;
    patterns.set(key, found);
  }
  return found;
}

const mainPlaces = new Map<string, RegionId[]>();

/** A row's main pain area on its side or sides, in data order: the places "Pain here too?" offers. */
export function mainPlacesOf(row: ResultRow): RegionId[] {
  const key = `${row.id}:${row.bothSides ? 'both' : row.side}`;
  let found = mainPlaces.get(key);
  if (!found) {
    found = [...patternOf(row, undefined).primary];
    mainPlaces.set(key, found);
  }
  return found;
}
