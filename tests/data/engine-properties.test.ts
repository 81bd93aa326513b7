// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContent } from '../../scripts/content/load-content-node';
import { buildEngineIndex, rank } from '../../src/domain/rank';
import type { RegionId } from '../../src/content/schema';

const content = loadContent();
const index = buildEngineIndex(content.regions, content.muscles);
const ids = content.regions.map((r) => r.id);
const byId = new Map(content.regions.map((r) => [r.id as string, r]));
const mirrorId = (id: string): RegionId => (id.endsWith('-left') ? id.replace(/-left$/, '-right') : id.endsWith('-right') ? id.replace(/-right$/, '-left') : id) as RegionId;
const selection = fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 8 });
const key = (c: { id: string; side: string }) => `${c.id}/${c.side}`;

describe('rank (properties, on the real data)', () => {
  it('is deterministic', () => {
    fc.assert(fc.property(selection, (sel) => {
      expect(rank(sel, index)).toEqual(rank([...sel], index));
    }));
  });

  it('gives finite scores, best first, ties ordered by id', () => {
    fc.assert(fc.property(selection, (sel) => {
      const result = rank(sel, index);
      for (const c of result) expect(Number.isFinite(c.score)).toBe(true);
      for (let i = 1; i < result.length; i++) {
        const a = result[i - 1]!;
        const b = result[i]!;
        expect(a.score > b.score || (a.score === b.score && a.id.localeCompare(b.id) <= 0)).toBe(true);
      }
    }));
  });

  it('never explains fewer selected regions when a region is added', () => {
    fc.assert(fc.property(selection, fc.constantFrom(...ids), (sel, extra) => {
      const before = new Map(rank(sel, index).map((c) => [key(c), c.explained]));
      const after = rank([...sel, extra], index);
      const afterBy = new Map<string, number>();
      for (const c of after) afterBy.set(key(c), c.explained);
      for (const [k, explained] of before) {
        const [id] = k.split('/');
        // A candidate may move between a sided entry and "both" when the new region breaks the symmetry.
        const same = afterBy.get(k) ?? Math.max(afterBy.get(`${id ?? ''}/right`) ?? 0, afterBy.get(`${id ?? ''}/left`) ?? 0, afterBy.get(`${id ?? ''}/both`) ?? 0);
        expect(same).toBeGreaterThanOrEqual(explained);
      }
    }));
  });

  it('mirrors left and right selections', () => {
    fc.assert(fc.property(selection, (sel) => {
      const flip = (side: string) => (side === 'left' ? 'right' : side === 'right' ? 'left' : side);
      const left = rank(sel, index).map((c) => ({ id: c.id, side: flip(c.side), score: c.score }));
      const right = rank(sel.map(mirrorId), index).map((c) => ({ id: c.id, side: c.side, score: c.score }));
      const sortBy = (xs: typeof left) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sortBy(right)).toEqual(sortBy(left));
      expect(sel.every((id) => byId.has(id))).toBe(true);
    }));
  });
});
