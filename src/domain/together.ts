import type { MuscleId, RegionId } from '../content/schema';
import type { Candidate, CandidateSide } from './rank';

/** Muscles that explain the marked places together, and what even they leave unexplained. */
export interface Together {
  together: { id: MuscleId; name: string; side: CandidateSide }[];
  /** Marked places none of them explains (empty when they explain all). */
  unexplained: RegionId[];
}

/** Above this many marked places the search is not run (docs/engine.md, "Together"). */
export const TOGETHER_MAX_PLACES = 12;

/**
 * When no single muscle explains every marked place, the smallest set of two or three that does:
 * among the smallest sets, the one whose members' scores add up highest. A muscle ranked on both sides
 * separately counts once per side (each side is its own candidate). When no three explain everything,
 * the three (or two) that explain the most, by the same tie-break, and the places left over. Null when
 * one muscle already explains everything, when nothing is marked or explained, or above
 * TOGETHER_MAX_PLACES places.
 *
 * `together(rank(['heel-right', 'temple-right'], index))` → soleus (right) and temporalis (right), say.
 */
export function together(candidates: readonly Candidate[]): Together | null {
  const first = candidates[0];
  if (!first) return null;
  const places = first.selected;
  const n = places.length;
  if (n < 2 || n > TOGETHER_MAX_PLACES) return null;
  const all = (1 << n) - 1;
  // One entry per set of places explained: the best-scored candidate for it (a set of the same places
  // with a lower score can never be part of a better answer).
  const byMask = new Map<number, Candidate>();
  for (const c of candidates) {
    let mask = 0;
    c.matches.forEach((m, j) => { if (m !== 'none') mask |= 1 << j; });
    if (mask === all) return null; // one muscle explains everything
    const held = byMask.get(mask);
    if (mask && (!held || c.score > held.score)) byMask.set(mask, c);
  }
  const units = [...byMask.entries()].map(([mask, c]) => ({ mask, c }));
  const bits = (mask: number) => { let k = 0; for (let m = mask; m; m &= m - 1) k++; return k; };
  interface Pick { members: typeof units; covered: number; score: number }
  // Whether p is a better answer than q: everything explained first; then fewer muscles (when all are
  // explained) or more places (when not); then fewer muscles; then the higher sum of scores.
  const better = (p: Pick, q: Pick | null): boolean => {
    if (!q) return true;
    const pAll = p.covered === all;
    if (pAll !== (q.covered === all)) return pAll;
    if (!pAll && bits(p.covered) !== bits(q.covered)) return bits(p.covered) > bits(q.covered);
    if (p.members.length !== q.members.length) return p.members.length < q.members.length;
    return p.score > q.score;
  };
  let best: Pick | null = null;
  const consider = (members: typeof units) => {
    let covered = 0;
    let score = 0;
    for (const u of members) { covered |= u.mask; score += u.c.score; }
    const p = { members, covered, score };
    if (better(p, best)) best = p;
  };
  for (let a = 0; a < units.length; a++) {
    for (let b = a + 1; b < units.length; b++) {
      const ua = units[a];
      const ub = units[b];
      if (!ua || !ub) continue;
      consider([ua, ub]);
    }
  }
  // Three only when no two explain everything.
  const pick = best as Pick | null;
  if (!pick || pick.covered !== all) {
    for (let a = 0; a < units.length; a++) {
      for (let b = a + 1; b < units.length; b++) {
        for (let c = b + 1; c < units.length; c++) {
          const ua = units[a];
          const ub = units[b];
          const uc = units[c];
          if (!ua || !ub || !uc) continue;
          consider([ua, ub, uc]);
        }
      }
    }
  }
  const found = best as Pick | null;
  if (!found) return null;
  return {
    together: [...found.members].sort((x, y) => y.c.score - x.c.score).map(({ c }) => ({ id: c.id, name: c.name, side: c.side })),
    unexplained: places.filter((_, j) => (found.covered & (1 << j)) === 0),
  };
}
