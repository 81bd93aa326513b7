import { loadContent } from '../../scripts/content/load-content-node';
import { buildEngineIndex, rank, type Candidate } from '../../src/domain/rank';
import { TOGETHER_MAX_PLACES, together } from '../../src/domain/together';
import type { RegionId } from '../../src/content/schema';

const content = loadContent();
const index = buildEngineIndex(content.regions, content.muscles);
const run = (...ids: string[]) => together(rank(ids as RegionId[], index));

/** A hand-made candidate: which of the selected places it explains, and its score. */
function candidate(id: string, side: Candidate['side'], score: number, explains: boolean[], selected: RegionId[]): Candidate {
  return {
    id: id as Candidate['id'], name: id, side, score, selected, explained: explains.filter(Boolean).length,
    matches: explains.map((e) => (e ? 'primary' : 'none')), selectionFit: 0, primaryHits: 0, secondaryCoverage: 0, leading: false, sensation: false,
  };
}

describe('muscles that explain the places together', () => {
  it('is not needed when one muscle explains the outer-leg stripe from buttock to ankle', () => {
    expect(run('buttock-lower-right', 'thigh-outer-right', 'knee-outer-right', 'leg-outer-right', 'ankle-outer-right')).toBeNull();
  });

  it('takes two for heel + temple, and leaves nothing unexplained', () => {
    const t = run('heel-right', 'temple-right');
    expect(t?.together).toHaveLength(2);
    expect(t?.unexplained).toEqual([]);
    const ranked = rank(['heel-right', 'temple-right'] as RegionId[], index);
    // Each member explains one of the two; both are the best-scored for their place.
    for (const member of t?.together ?? []) expect(ranked.some((c) => c.id === member.id && c.side === member.side)).toBe(true);
  });

  it('picks the smallest set, then the highest sum of scores', () => {
    const sel = ['a', 'b', 'c'] as RegionId[];
    const list = [
      candidate('x', 'right', 50, [true, true, false], sel),
      candidate('y', 'right', 40, [false, false, true], sel),
      candidate('z', 'right', 45, [false, true, true], sel),
      candidate('w', 'right', 30, [true, false, false], sel),
      candidate('v', 'right', 10, [false, false, true], sel),
    ];
    // x+y (90) and x+z (95) and w+z (75) all cover; x+z has the highest sum.
    expect(together(list)?.together.map((m) => m.id)).toEqual(['x', 'z']);
  });

  it('counts a muscle on both sides once per side', () => {
    const sel = ['a', 'b', 'c'] as RegionId[];
    const list = [
      candidate('m', 'right', 50, [true, false, false], sel),
      candidate('m', 'left', 49, [false, true, false], sel),
      candidate('k', 'right', 20, [false, false, true], sel),
    ];
    expect(together(list)?.together.map((m) => `${m.id}:${m.side}`)).toEqual(['m:right', 'm:left', 'k:right']);
  });

  it('gives the best partial cover, and what it leaves, when no three explain everything', () => {
    const sel = ['a', 'b', 'c', 'd'] as RegionId[];
    const list = ['a', 'b', 'c', 'd'].map((_, i) => candidate(`m${String(i)}`, 'right', 10 + i, sel.map((__, j) => j === i), sel));
    const t = together(list);
    expect(t?.together.map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
    expect(t?.unexplained).toEqual(['a']);
  });

  it(`is not worked out above ${String(TOGETHER_MAX_PLACES)} places`, () => {
    const many = content.regions.slice(0, TOGETHER_MAX_PLACES + 1).map((r) => r.id);
    expect(together(rank(many, index))).toBeNull();
  });
});
