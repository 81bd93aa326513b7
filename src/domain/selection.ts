import type { RegionId } from '../content/schema';

export interface ParsedSelection {
  /** Known region ids, in the order given, without repeats. */
  ids: RegionId[];
  /** Ids that are not regions (shown to the person, then dropped), without repeats. */
  unknown: string[];
}

/** The most ids a link may carry before the rest are ignored (there are 148 regions). */
export const MAX_IDS = 400;

/**
 * Parses the `r` query parameter (already URL-decoded) into region ids; plain commas separate ids.
 * `parseSelection('knee-back-right,nope', known) // -> { ids: ['knee-back-right'], unknown: ['nope'] }`
 */
export function parseSelection(raw: string | null | undefined, known: ReadonlySet<string>): ParsedSelection {
  const ids: RegionId[] = [];
  const unknown: string[] = [];
  if (!raw) return { ids, unknown };
  const seen = new Set<string>();
  for (const part of raw.split(',').slice(0, MAX_IDS)) {
    const id = part.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (known.has(id)) ids.push(id as RegionId);
    else unknown.push(id);
  }
  return { ids, unknown };
}

/** The query string for a selection, with plain commas: `?r=knee-back-right,calf-upper-right`, or '' when empty. */
export function selectionSearch(ids: readonly RegionId[]): string {
  return ids.length ? `?r=${ids.join(',')}` : '';
}

/** The selection with `id` added (at the end) or removed. */
export function toggleRegion(ids: readonly RegionId[], id: RegionId): RegionId[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** Whether two id lists are the same, in the same order: `sameIds(['a'], ['a']) // -> true`. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
