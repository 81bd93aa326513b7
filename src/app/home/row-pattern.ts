import { content, muscleById } from '../../content/browser-content';
import { patternRegions } from '../../domain/pattern';
import type { ResultRow } from '../../domain/rows';
import type { PatternSets } from '../../features/body-map/paint-pattern';

const EMPTY: PatternSets = { primary: new Set(), secondary: new Set(), triggerPoints: new Set() };

// A row's pattern doesn't depend on the selection: work it out once per muscle and side (and again once
// the trigger points arrive with the row extras).
const patterns = new Map<string, PatternSets>();

/** A result row's pattern on its side or sides: for its picture and for "show on my map". */
export function patternOf(row: ResultRow, triggerPointAreas: readonly string[] | undefined): PatternSets {
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
