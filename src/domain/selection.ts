import type { RegionId } from '../content/schema';

export interface ParsedSelection {
  /** Known region ids, in the order given, without repeats. */
  ids: RegionId[];
  /** Parts that are not regions (shown to the person, then dropped), as given, without repeats. */
  unknown: string[];
  /** How many more distinct parts the link had past MAX_IDS: not read at all, but counted so they can be named. */
  unread: number;
}

/** The most distinct parts a link may carry before the rest are left unread (there are 148 regions). */
export const MAX_IDS = 400;

/** One comma-separated part of a link, read: a known place or text that is not one. */
type Part = { key: string; id: RegionId } | { key: string; id?: undefined; text: string };

// One part on its own. `key` says which parts repeat one another; a part that later carries more than
// an id (`knee-back-right:7`) keeps the id as its key, so a place is still read once.
function readPart(piece: string, known: ReadonlySet<string>): Part | undefined {
  const text = piece.trim();
  if (!text) return undefined;
  return known.has(text) ? { key: text, id: text as RegionId } : { key: text, text };
}

/**
 * Parses every `r` query parameter of a link (already URL-decoded) into region ids; plain commas
 * separate ids. Empty parts and repeats are dropped first, then at most MAX_IDS distinct parts are read
 * and the rest only counted, so junk can neither push a real place past the cap nor vanish unmentioned.
 * `parseSelection(['knee-back-right,nope', 'heel-left'], known) // -> { ids: ['knee-back-right', 'heel-left'], unknown: ['nope'], unread: 0 }`
 */
export function parseSelection(raw: string | readonly string[] | null | undefined, known: ReadonlySet<string>): ParsedSelection {
  const ids: RegionId[] = [];
  const unknown: string[] = [];
  let unread = 0;
  const values = raw == null ? [] : typeof raw === 'string' ? [raw] : raw;
  const seen = new Set<string>();
  for (const value of values) {
    for (const piece of value.split(',')) {
      const part = readPart(piece, known);
      if (!part || seen.has(part.key)) continue;
      seen.add(part.key);
      if (seen.size > MAX_IDS) unread++;
      else if (part.id !== undefined) ids.push(part.id);
      else unknown.push(part.text);
    }
  }
  return { ids, unknown, unread };
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
