import type { Candidate, MatchKind } from './rank';

/** A result row: one candidate, or one muscle's right and left candidates counted together. */
export interface ResultRow extends Candidate {
  /** True when this row stands for the muscle on the right and on the left. */
  bothSides: boolean;
  /** The candidates it stands for (one, or right then left). */
  parts: readonly Candidate[];
}

const RANK: Record<MatchKind, number> = { primary: 2, secondary: 1, none: 0 };
const better = (a: MatchKind, b: MatchKind): MatchKind => (RANK[b] > RANK[a] ? b : a);

/**
 * Merges a muscle's right and left candidates into one "both sides" row when each explains something
 * the other does not (pain on both sides), so the top rows hold different muscles. The row explains
 * what either side explains; it takes the better side's score and place in the list. Candidates on one
 * side only, or on either side ("both"), stay as they are. The engine's sided candidates are unchanged
 * (the CLI prints them).
 * `mergeSides(rank(['heel-right', 'heel-left'], index))[0] // -> soleus, bothSides: true, explained 2`
 */
export function mergeSides(candidates: readonly Candidate[]): ResultRow[] {
  const byMuscle = new Map<string, Candidate[]>();
  for (const c of candidates) if (c.side !== 'both') byMuscle.set(c.id, [...(byMuscle.get(c.id) ?? []), c]);
  const rows: ResultRow[] = [];
  const done = new Set<string>();
  for (const c of candidates) {
    const sided = c.side === 'both' ? undefined : byMuscle.get(c.id);
    const right = sided?.find((x) => x.side === 'right');
    const left = sided?.find((x) => x.side === 'left');
    if (!right || !left) {
      rows.push({ ...c, bothSides: false, parts: [c] });
      continue;
    }
    if (done.has(c.id)) continue;
    done.add(c.id);
    const matches = right.matches.map((m, j) => better(m, left.matches[j] ?? 'none'));
    const explained = matches.filter((m) => m !== 'none').length;
    const best = right.score >= left.score ? right : left;
    rows.push({
      ...best,
      matches,
      explained,
      selectionFit: Math.min(1, right.selectionFit + left.selectionFit),
      primaryHits: right.primaryHits + left.primaryHits,
      leading: right.leading || left.leading,
      bothSides: true,
      parts: [right, left],
    });
  }
  return rows;
}
