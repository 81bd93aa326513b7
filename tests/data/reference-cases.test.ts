// @vitest-environment node
// The reference table (built from references, not from data/) and the engine's figures on it.
// If a change lowers a figure, this fails: see docs/reference-eval.md before updating the baseline.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content-node';
import type { RegionId } from '../../src/content/schema';
import { evaluateTables, figuresOf, heldoutCasesPath, loadBaseline, loadReferenceCases, rankedMuscles, regressions, scoreCase, type ReferenceCase } from '../../scripts/reference-eval';

const content = loadContent();
const cases = loadReferenceCases();
const heldout = loadReferenceCases(heldoutCasesPath);
const regionIds = new Set<string>(content.regions.map((r) => r.id));
const muscleIds = new Set<string>(content.muscles.map((m) => m.id));

describe('the reference table', () => {
  it('holds at least 80 cases, both single places and patterns', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.some((c) => c.kind === 'single')).toBe(true);
    expect(cases.some((c) => c.kind === 'pattern')).toBe(true);
  });

  it('covers the whole body', () => {
    const groups = new Set(cases.flatMap((c) => c.regions.map((id) => content.regions.find((r) => r.id === id)?.group)));
    for (const g of ['head', 'neck', 'shoulder', 'arm', 'hand', 'chest', 'abdomen', 'upper-back', 'back', 'hip', 'thigh', 'knee', 'lower-leg', 'foot']) {
      expect(groups, g).toContain(g);
    }
  });
});

describe('the held-out table', () => {
  it('holds both single places and patterns, with ids of its own', () => {
    expect(heldout.some((c) => c.kind === 'single')).toBe(true);
    expect(heldout.some((c) => c.kind === 'pattern')).toBe(true);
    const first = new Set(cases.map((c) => c.id));
    expect(heldout.filter((c) => first.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe.each([
  ['the reference table', cases],
  ['the held-out table', heldout],
] as [string, ReferenceCase[]][])('every case of %s', (_name, table) => {
  it('has its own id', () => {
    expect(new Set(table.map((c) => c.id)).size).toBe(table.length);
  });

  it('marks only places that exist in data/regions.json', () => {
    const unknown = table.flatMap((c) => c.regions.filter((r) => !regionIds.has(r)).map((r) => `${c.id}: ${r}`));
    expect(unknown).toEqual([]);
  });

  it('expects only muscles that have a file in data/muscles, 1 to 3 of them, without repeats', () => {
    const unknown = table.flatMap((c) => c.expected.filter((m) => !muscleIds.has(m)).map((m) => `${c.id}: ${m}`));
    expect(unknown).toEqual([]);
    for (const c of table) {
      expect(c.expected.length).toBeGreaterThanOrEqual(1);
      expect(c.expected.length).toBeLessThanOrEqual(3);
      expect(new Set(c.expected).size).toBe(c.expected.length);
    }
  });

  it('cites at least one source with a web address', () => {
    for (const c of table) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(s.url, c.id).toMatch(/^https?:\/\/\S+$/);
    }
  });
});

describe.each(evaluateTables(content))('the engine on the $name', (table) => {
  it('counts the same cases as the recorded baseline', () => {
    const baseline = loadBaseline(table.baselinePath);
    expect({ singles: table.figures.singleCases, patterns: table.figures.patternCases }).toEqual({ singles: baseline.singleCases, patterns: baseline.patternCases });
  });

  it('does not fall below the recorded baseline figures', () => {
    expect(regressions(table.figures, loadBaseline(table.baselinePath))).toEqual([]);
  });
});

describe('how a case is scored', () => {
  const cand = (id: string, side: 'left' | 'right' | 'both', score = 50) => ({ id, side, score }) as unknown as Parameters<typeof rankedMuscles>[0][number];
  const ranked = (ids: string[], scores: number[] = ids.map(() => 50)) => ids.map((id, i) => ({ id, score: scores[i] ?? 0 })) as never[];
  const sides: Record<string, 'left' | 'right' | 'midline'> = { 'knee-back-right': 'right', sacrum: 'midline' };
  const sideOf = (id: RegionId) => sides[id];

  it('keeps candidates on the marked side or both sides, each muscle once', () => {
    const out = rankedMuscles([cand('a', 'left'), cand('b', 'right', 60), cand('c', 'both'), cand('b', 'both')], ['knee-back-right' as RegionId], sideOf);
    expect(out).toEqual([{ id: 'b', score: 60 }, { id: 'c', score: 50 }]);
  });

  it('takes either side when only midline places are marked', () => {
    expect(rankedMuscles([cand('a', 'left'), cand('b', 'right')], ['sacrum' as RegionId], sideOf).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('finds the best-placed expected muscle and the ones outside the top 5', () => {
    const c = { id: 'x', kind: 'single' as const, regions: ['sacrum' as RegionId], expected: ['f', 'b'] as never[], sources: [] };
    const r = scoreCase(c, ranked(['a', 'b', 'c', 'd', 'e', 'f'], [90, 80, 70, 60, 50, 40]));
    expect(r.firstHit).toBe(2);
    expect(r.missingFromTop5).toEqual(['f']);
    expect(figuresOf([r]).singleRecallAt5).toBe(0.5);
  });

  it('tells a miss level with the first on score from one below it', () => {
    const c = { id: 'x', kind: 'pattern' as const, regions: ['sacrum' as RegionId, 'knee-back-right' as RegionId], expected: ['b'] as never[], sources: [] };
    const level = scoreCase(c, ranked(['a', 'b', 'c'], [95.75, 95.75, 70]));
    const below = scoreCase(c, ranked(['a', 'b', 'c'], [95.75, 94.75, 70]));
    expect([level.firstHit, level.levelWithFirst, below.firstHit, below.levelWithFirst]).toEqual([2, true, 2, false]);
    expect(figuresOf([level, below])).toMatchObject({ patternTop1: 0, patternTop1WithTies: 0.5 });
  });
});
