// @vitest-environment node
// The reference table (built from references, not from data/) and the engine's figures on it.
// If a change lowers a figure, this fails: see docs/reference-eval.md before updating the baseline.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content-node';
import { buildEngineIndex, rank } from '../../src/domain/rank';
import type { RegionId } from '../../src/content/schema';
import { figuresOf, loadBaseline, loadReferenceCases, rankedMuscles, regressions, scoreCase } from '../../scripts/reference-eval';

const content = loadContent();
const cases = loadReferenceCases();
const regionIds = new Set<string>(content.regions.map((r) => r.id));
const muscleIds = new Set<string>(content.muscles.map((m) => m.id));

describe('the reference table', () => {
  it('holds at least 80 cases, both single places and patterns', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.some((c) => c.kind === 'single')).toBe(true);
    expect(cases.some((c) => c.kind === 'pattern')).toBe(true);
  });

  it('gives every case its own id', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('marks only places that exist in data/regions.json', () => {
    const unknown = cases.flatMap((c) => c.regions.filter((r) => !regionIds.has(r)).map((r) => `${c.id}: ${r}`));
    expect(unknown).toEqual([]);
  });

  it('expects only muscles that have a file in data/muscles, 1 to 3 of them, without repeats', () => {
    const unknown = cases.flatMap((c) => c.expected.filter((m) => !muscleIds.has(m)).map((m) => `${c.id}: ${m}`));
    expect(unknown).toEqual([]);
    for (const c of cases) {
      expect(c.expected.length).toBeGreaterThanOrEqual(1);
      expect(c.expected.length).toBeLessThanOrEqual(3);
      expect(new Set(c.expected).size).toBe(c.expected.length);
    }
  });

  it('cites at least one source with a web address for every case', () => {
    for (const c of cases) {
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) expect(s.url, c.id).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('covers the whole body', () => {
    const groups = new Set(cases.flatMap((c) => c.regions.map((id) => content.regions.find((r) => r.id === id)?.group)));
    for (const g of ['head', 'neck', 'shoulder', 'arm', 'hand', 'chest', 'abdomen', 'upper-back', 'back', 'hip', 'thigh', 'knee', 'lower-leg', 'foot']) {
      expect(groups, g).toContain(g);
    }
  });
});

describe('the engine on the reference table', () => {
  const index = buildEngineIndex(content.regions, content.muscles);
  const sideById = new Map(content.regions.map((r) => [r.id, r.side]));
  const results = cases.map((c) => scoreCase(c, rankedMuscles(rank(c.regions, index), c.regions, (id: RegionId) => sideById.get(id))));
  const figures = figuresOf(results);

  it('counts the same cases as the recorded baseline', () => {
    const baseline = loadBaseline();
    expect({ singles: figures.singleCases, patterns: figures.patternCases }).toEqual({ singles: baseline.singleCases, patterns: baseline.patternCases });
  });

  it('does not fall below the recorded baseline figures', () => {
    expect(regressions(figures, loadBaseline())).toEqual([]);
  });
});

describe('how a case is scored', () => {
  const cand = (id: string, side: 'left' | 'right' | 'both') => ({ id, side }) as unknown as Parameters<typeof rankedMuscles>[0][number];
  const sides: Record<string, 'left' | 'right' | 'midline'> = { 'knee-back-right': 'right', sacrum: 'midline' };
  const sideOf = (id: RegionId) => sides[id];

  it('keeps candidates on the marked side or both sides, each muscle once', () => {
    const ranked = rankedMuscles([cand('a', 'left'), cand('b', 'right'), cand('c', 'both'), cand('b', 'both')], ['knee-back-right' as RegionId], sideOf);
    expect(ranked).toEqual(['b', 'c']);
  });

  it('takes either side when only midline places are marked', () => {
    expect(rankedMuscles([cand('a', 'left'), cand('b', 'right')], ['sacrum' as RegionId], sideOf)).toEqual(['a', 'b']);
  });

  it('finds the best-placed expected muscle and the ones outside the top 5', () => {
    const c = { id: 'x', kind: 'single' as const, regions: ['sacrum' as RegionId], expected: ['f', 'b'] as never[], sources: [] };
    const r = scoreCase(c, ['a', 'b', 'c', 'd', 'e', 'f'] as never[]);
    expect(r.firstHit).toBe(2);
    expect(r.missingFromTop5).toEqual(['f']);
    expect(figuresOf([r]).singleRecallAt5).toBe(0.5);
  });
});
