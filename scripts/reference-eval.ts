// The reference table (tests/data/reference-cases.json) and the figures the engine earns on it.
// Used by `npm run eval` and by tests/data/reference-cases.test.ts. How the table was built and what
// the figures mean: docs/reference-eval.md.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { muscleIdSchema, regionIdSchema, sourceSchema } from '../src/content/schema';
import { buildEngineIndex, rank, type Candidate } from '../src/domain/rank';
import type { MuscleId, Region, RegionId } from '../src/content/schema';
import type { loadContent } from './content/load-content-node';

export const casesPath = resolve(import.meta.dirname, '../tests/data/reference-cases.json');
export const baselinePath = resolve(import.meta.dirname, '../tests/data/reference-baseline.json');
/** The held-out table: built later, by someone who read neither data/muscles nor the engine (docs/reference-eval.md). */
export const heldoutCasesPath = resolve(import.meta.dirname, '../tests/data/reference-cases-heldout.json');
export const heldoutBaselinePath = resolve(import.meta.dirname, '../tests/data/reference-heldout-baseline.json');

export const referenceCaseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  /** `single`: one marked place; `pattern`: 2-3 places of one muscle's drawing. */
  kind: z.enum(['single', 'pattern']),
  regions: z.array(regionIdSchema).min(1).max(3),
  /** The muscles the sources name as leading for this place or pattern. */
  expected: z.array(muscleIdSchema).min(1).max(3),
  sources: z.array(sourceSchema).min(1),
  note: z.string().min(1).optional(),
}).refine((c) => (c.kind === 'single' ? c.regions.length === 1 : c.regions.length >= 2), {
  message: 'a single case marks one place; a pattern marks 2-3',
});

export const referenceFileSchema = z.strictObject({
  about: z.string().min(1),
  // The first table holds at least 80 cases (tests/data/reference-cases.test.ts); the held-out one fewer.
  cases: z.array(referenceCaseSchema).min(1),
});

export type ReferenceCase = z.infer<typeof referenceCaseSchema>;

export const figuresSchema = z.strictObject({
  singleCases: z.number().int(),
  patternCases: z.number().int(),
  /** Singles: share of all expected muscles found in the top 5 (pooled over cases). */
  singleRecallAt5: z.number(),
  /** Patterns: share of cases with an expected muscle first. */
  patternTop1: z.number(),
  /**
   * Patterns: share of cases with an expected muscle first or level with the first on score. Not a
   * target: it shows how many top-1 misses are exact ties that only the tie-break (muscle id) decides.
   */
  patternTop1WithTies: z.number(),
  /** Patterns: share of cases with an expected muscle in the top 3. */
  patternTop3: z.number(),
  /** Mean reciprocal rank of the best-placed expected muscle (0 when none is ranked). */
  singleMrr: z.number(),
  patternMrr: z.number(),
  mrr: z.number(),
});

export type Figures = z.infer<typeof figuresSchema>;

export interface CaseResult {
  case: ReferenceCase;
  /** Muscle ids in ranked order, each once, as the marked side sees them. */
  ranked: MuscleId[];
  /** 1-based place of the best-placed expected muscle, or null when none is ranked. */
  firstHit: number | null;
  /** Expected muscles not in the top 5. */
  missingFromTop5: MuscleId[];
  /** Whether an expected muscle scores exactly what the first-placed muscle scores (true when it is first). */
  levelWithFirst: boolean;
}

/** A muscle's best-placed candidate for a case: its id and score. */
export interface RankedMuscle {
  id: MuscleId;
  score: number;
}

/** Reads and validates the reference table (throws a readable zod error). */
export function loadReferenceCases(path: string = casesPath): ReferenceCase[] {
  return referenceFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).cases;
}

/**
 * Muscles in ranked order for a case, once each. A candidate counts when it is on the side that was
 * marked or on `both`; a case that marks only midline places takes either side. A muscle appears at
 * its best-placed candidate.
 */
export function rankedMuscles(candidates: readonly Pick<Candidate, 'id' | 'side' | 'score'>[], regions: readonly RegionId[], sideOf: (id: RegionId) => Region['side'] | undefined): RankedMuscle[] {
  const sides = new Set(regions.map(sideOf).filter((s) => s === 'left' || s === 'right'));
  const seen = new Set<MuscleId>();
  const out: RankedMuscle[] = [];
  for (const c of candidates) {
    if (sides.size > 0 && c.side !== 'both' && !sides.has(c.side)) continue;
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({ id: c.id, score: c.score });
  }
  return out;
}

/** Scores one case from its ranked muscles (rankedMuscles). */
export function scoreCase(c: ReferenceCase, ranked: readonly RankedMuscle[]): CaseResult {
  const ids = ranked.map((m) => m.id);
  const places = c.expected.map((m) => ids.indexOf(m)).filter((i) => i >= 0);
  const top5 = new Set(ids.slice(0, 5));
  const firstScore = ranked[0]?.score;
  return {
    case: c,
    ranked: ids,
    firstHit: places.length ? Math.min(...places) + 1 : null,
    missingFromTop5: c.expected.filter((m) => !top5.has(m)),
    levelWithFirst: places.some((i) => Math.abs((ranked[i]?.score ?? -Infinity) - (firstScore ?? Infinity)) < 1e-9),
  };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round = (x: number) => Math.round(x * 10000) / 10000;
const rr = (r: CaseResult) => (r.firstHit ? 1 / r.firstHit : 0);

/** The headline figures over all case results, rounded to 4 decimals. */
export function figuresOf(results: readonly CaseResult[]): Figures {
  const singles = results.filter((r) => r.case.kind === 'single');
  const patterns = results.filter((r) => r.case.kind === 'pattern');
  const expectedTotal = singles.reduce((n, r) => n + r.case.expected.length, 0);
  const found = singles.reduce((n, r) => n + r.case.expected.length - r.missingFromTop5.length, 0);
  return {
    singleCases: singles.length,
    patternCases: patterns.length,
    singleRecallAt5: round(expectedTotal ? found / expectedTotal : 0),
    patternTop1: round(mean(patterns.map((r) => (r.firstHit === 1 ? 1 : 0)))),
    patternTop1WithTies: round(mean(patterns.map((r) => (r.levelWithFirst ? 1 : 0)))),
    patternTop3: round(mean(patterns.map((r) => (r.firstHit !== null && r.firstHit <= 3 ? 1 : 0)))),
    singleMrr: round(mean(singles.map(rr))),
    patternMrr: round(mean(patterns.map(rr))),
    mrr: round(mean(results.map(rr))),
  };
}

/** The cases the figures count against: singles with an expected muscle outside the top 5, patterns without one first. */
export function missesOf(results: readonly CaseResult[]): CaseResult[] {
  return results.filter((r) => (r.case.kind === 'single' ? r.missingFromTop5.length > 0 : r.firstHit !== 1));
}

/** Reads the recorded baseline figures. */
export function loadBaseline(path: string = baselinePath): Figures {
  return figuresSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The figures that went down from the baseline (a count change is reported too). */
export function regressions(now: Figures, baseline: Figures): string[] {
  const keys = ['singleRecallAt5', 'patternTop1', 'patternTop3', 'singleMrr', 'patternMrr', 'mrr'] as const;
  return keys.filter((k) => now[k] < baseline[k] - 1e-9).map((k) => `${k}: ${String(now[k])} < baseline ${String(baseline[k])}`);
}

/** One table, ranked: its name, where it and its baseline live, its figures and misses. */
export interface TableResult {
  name: string;
  casesPath: string;
  baselinePath: string;
  figures: Figures;
  misses: CaseResult[];
}

/** Ranks every case of both tables (the first, then the held-out one) with the engine on `content`. */
export function evaluateTables(content: Pick<ReturnType<typeof loadContent>, 'regions' | 'muscles'>): TableResult[] {
  const index = buildEngineIndex(content.regions, content.muscles);
  const sideById = new Map(content.regions.map((r) => [r.id, r.side]));
  return [
    { name: 'reference cases', casesPath, baselinePath },
    { name: 'held-out cases', casesPath: heldoutCasesPath, baselinePath: heldoutBaselinePath },
  ].map((t) => {
    const results = loadReferenceCases(t.casesPath).map((c) => scoreCase(c, rankedMuscles(rank(c.regions, index), c.regions, (id: RegionId) => sideById.get(id))));
    return { ...t, figures: figuresOf(results), misses: missesOf(results) };
  });
}
