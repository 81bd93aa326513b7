import type { Candidate, MatchKind } from './rank';

/** A result row: one candidate, or one muscle's right and left candidates counted together. */
export interface ResultRow extends Candidate {
  /** True when this row stands for the muscle on the right and on the left. */
  bothSides: boolean;
  /** The candidates it stands for (one, or right then left). */
  parts: readonly Candidate[];
}

const better = (a: MatchKind, b: MatchKind): MatchKind => (a === 'primary' || b === 'none' ? a : b === 'primary' || a === 'none' ? b : a);

// A row written out field by field: V8 copies an object literal of known shape much faster than a
// spread of one (this runs for every candidate on every tap).
function rowOf(c: Candidate, bothSides: boolean, parts: readonly Candidate[], merged?: Pick<Candidate, 'matches' | 'explained' | 'selectionFit' | 'primaryHits' | 'leading'>): ResultRow {
  return {
    id: c.id,
    name: c.name,
    side: c.side,
    score: c.score,
    selected: c.selected,
    matches: merged ? merged.matches : c.matches,
    explained: merged ? merged.explained : c.explained,
    selectionFit: merged ? merged.selectionFit : c.selectionFit,
    primaryHits: merged ? merged.primaryHits : c.primaryHits,
    secondaryCoverage: c.secondaryCoverage,
    leading: merged ? merged.leading : c.leading,
    sensation: c.sensation,
    bothSides,
    parts,
  };
}

/**
 * Merges a muscle's right and left candidates into one "both sides" row when each explains something
 * the other does not (pain on both sides), so the top rows hold different muscles. The row explains
 * what either side explains; it takes the better side's score and place in the list. Candidates on one
 * side only, or on either side ("both"), stay as they are. The engine's sided candidates are unchanged
 * (the CLI prints them).
 * `mergeSides(rank(['heel-right', 'heel-left'], index))[0] // -> soleus, bothSides: true, explained 2`
 */
export function mergeSides(candidates: readonly Candidate[]): ResultRow[] {
  // Each muscle's right and left candidates (one pass; this runs on every tap, over ~160 candidates).
  const sides = new Map<string, { right?: Candidate; left?: Candidate }>();
  for (const c of candidates) {
    if (c.side === 'both') continue;
    const found = sides.get(c.id);
    if (found) found[c.side] = c;
    else sides.set(c.id, { [c.side]: c });
  }
  const rows: ResultRow[] = [];
  const done = new Set<string>();
  for (const c of candidates) {
    const sided = c.side === 'both' ? undefined : sides.get(c.id);
    const right = sided?.right;
    const left = sided?.left;
    if (!right || !left) {
      rows.push(rowOf(c, false, [c]));
      continue;
    }
    if (done.has(c.id)) continue;
    done.add(c.id);
    const matches = right.matches.map((m, j) => better(m, left.matches[j] ?? 'none'));
    let explained = 0;
    for (const m of matches) if (m !== 'none') explained++;
    rows.push(
      rowOf(right.score >= left.score ? right : left, true, [right, left], {
        matches,
        explained,
        selectionFit: Math.min(1, right.selectionFit + left.selectionFit),
        primaryHits: right.primaryHits + left.primaryHits,
        leading: right.leading || left.leading,
      }),
    );
  }
  return rows;
}
