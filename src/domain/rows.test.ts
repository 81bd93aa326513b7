import { describe, expect, it } from 'vitest';
import { mergeSides } from './rows';
import type { Candidate } from './rank';
import type { MuscleId, RegionId } from '../content/schema';

const selected = ['heel-right', 'heel-left', 'calf-upper-right'] as RegionId[];
const cand = (id: string, side: Candidate['side'], matches: Candidate['matches'], score: number): Candidate => ({
  id: id as MuscleId,
  name: id,
  side,
  score,
  selected,
  matches,
  explained: matches.filter((m) => m !== 'none').length,
  selectionFit: matches.filter((m) => m !== 'none').length / 3,
  primaryHits: matches.filter((m) => m === 'primary').length,
  secondaryCoverage: 0,
  leading: false,
  sensation: false,
});

describe('mergeSides', () => {
  const ranked = [
    cand('soleus', 'right', ['primary', 'none', 'primary'], 60),
    cand('plantaris', 'right', ['secondary', 'none', 'primary'], 50),
    cand('soleus', 'left', ['none', 'primary', 'none'], 40),
    cand('abdominal', 'both', ['primary', 'primary', 'none'], 30),
  ];

  it('makes one "both sides" row for a muscle that explains places on the right and on the left', () => {
    const rows = mergeSides(ranked);
    expect(rows.map((r) => `${r.id}:${r.bothSides ? 'both sides' : r.side}`)).toEqual(['soleus:both sides', 'plantaris:right', 'abdominal:both']);
    expect(rows[0]).toMatchObject({ matches: ['primary', 'primary', 'primary'], explained: 3, score: 60 });
    expect(rows[0]?.parts.map((p) => p.side)).toEqual(['right', 'left']);
  });

  it('keeps a muscle on one side only as it is', () => {
    expect(mergeSides(ranked.slice(0, 2)).map((r) => r.bothSides)).toEqual([false, false]);
  });

  it('takes the better side\'s place in the list', () => {
    const leftFirst = [cand('x', 'left', ['none', 'primary', 'none'], 70), cand('y', 'right', ['primary', 'none', 'none'], 65), cand('x', 'right', ['primary', 'none', 'none'], 10)];
    expect(mergeSides(leftFirst).map((r) => r.id)).toEqual(['x', 'y']);
  });
});
