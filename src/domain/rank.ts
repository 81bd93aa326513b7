import type { AreaId, Muscle, MuscleId, Prevalence, Region, RegionId } from '../content/schema';

/** What the engine needs of a muscle: its referral pattern and how commonly it is the cause. */
export type RankableMuscle = Pick<Muscle, 'id' | 'name' | 'prevalence' | 'referral'>;

export type MatchKind = 'primary' | 'secondary' | 'none';
export type CandidateSide = 'left' | 'right' | 'both';

export interface Candidate {
  id: MuscleId;
  name: string;
  side: CandidateSide;
  /** 0-100ish; higher is better. See docs/engine.md. */
  score: number;
  /** For every selected region: explained by the primary zone, the secondary zone, or not. */
  regions: Record<RegionId, MatchKind>;
  /** How many selected regions this candidate explains (primary or secondary). */
  explained: number;
  /** Specificity-weighted share of the selection explained, 0..1. */
  selectionFit: number;
  /** How many of the muscle's own primary areas the selection touches on this side. */
  primaryHits: number;
  /** Share of the muscle's spillover areas that the selection touches, 0..1 (0 when it has none). */
  secondaryCoverage: number;
  /** Whether the references name this muscle first for one of the selected areas it explains. */
  leading: boolean;
}

/** The precomputed tables rank() needs; build once per data set with buildEngineIndex. */
export interface EngineIndex {
  muscles: readonly RankableMuscle[];
  regionById: ReadonlyMap<RegionId, Pick<Region, 'id' | 'area' | 'side'>>;
  /** Specificity of each area: 1 + ln(muscle count / muscles referring there). */
  specificity: ReadonlyMap<AreaId, number>;
  /** For each area, the muscles whose primary or secondary zone includes it. */
  musclesByArea: ReadonlyMap<AreaId, readonly number[]>;
  /** Per muscle (same order as `muscles`): its zones as lookups, for speed. */
  zones: readonly MuscleZones[];
}

interface MuscleZones {
  kind: ReadonlyMap<AreaId, 'primary' | 'secondary'>;
  bothSides: ReadonlySet<AreaId>;
  leadingFor: ReadonlySet<AreaId>;
}

export const WEIGHTS = {
  primary: 1,
  secondary: 0.5,
  selectionFit: 75,
  primaryHits: 25,
  secondaryCoverage: 5,
  leading: 3,
  prevalence: { common: 2, occasional: 1, rare: 0 } satisfies Record<Prevalence, number>,
} as const;

/** Builds the engine's lookup tables: `buildEngineIndex(regions, muscles)`. */
export function buildEngineIndex(regions: readonly Pick<Region, 'id' | 'area' | 'side'>[], muscles: readonly RankableMuscle[]): EngineIndex {
  const sorted = [...muscles].sort((a, b) => a.id.localeCompare(b.id));
  const musclesByArea = new Map<AreaId, number[]>();
  sorted.forEach((m, i) => {
    for (const area of new Set([...m.referral.primary, ...m.referral.secondary])) {
      const list = musclesByArea.get(area) ?? [];
      list.push(i);
      musclesByArea.set(area, list);
    }
  });
  const specificity = new Map<AreaId, number>();
  const total = Math.max(1, sorted.length);
  for (const r of regions) {
    const n = Math.max(1, musclesByArea.get(r.area)?.length ?? 0);
    specificity.set(r.area, 1 + Math.log(total / n));
  }
  const zones = sorted.map((m) => ({
    kind: new Map<AreaId, 'primary' | 'secondary'>([
      ...m.referral.secondary.map((a) => [a, 'secondary'] as const),
      ...m.referral.primary.map((a) => [a, 'primary'] as const),
    ]),
    bothSides: new Set(m.referral.bothSides),
    leadingFor: new Set(m.referral.leadingFor),
  }));
  return { muscles: sorted, regionById: new Map(regions.map((r) => [r.id, r])), specificity, musclesByArea, zones };
}

const sideOrder: Record<CandidateSide, number> = { right: 0, left: 1, both: 2 };

/**
 * Ranks muscle-and-side candidates for a pain drawing, best first; only candidates that explain at
 * least one selected region are returned. Ties break by muscle id, then side.
 * `rank(['heel-right'], index)[0] // -> soleus, right, heel-right: primary`
 */
export function rank(selection: readonly RegionId[], index: EngineIndex): Candidate[] {
  const selected = [...new Set(selection)].map((id) => index.regionById.get(id)).filter((r) => r !== undefined);
  if (selected.length === 0) return [];
  const specTotal = selected.reduce((sum, r) => sum + (index.specificity.get(r.area) ?? 1), 0);

  const touched = new Set<number>();
  for (const r of selected) for (const i of index.musclesByArea.get(r.area) ?? []) touched.add(i);

  const out: Candidate[] = [];
  const sides = ['right', 'left'] as const;
  const kinds: [MatchKind[], MatchKind[]] = [[], []];
  for (const i of [...touched].sort((a, b) => a - b)) {
    const m = index.muscles[i];
    const z = index.zones[i];
    if (!m || !z) continue;
    // Match every selected region from each side first (cheap), then build only the candidates shown.
    const explainedBy = [0, 0];
    for (let s = 0; s < 2; s++) {
      const side = sides[s];
      const list = kinds[s] as MatchKind[];
      list.length = 0;
      for (const r of selected) {
        const sideOk = r.side === 'midline' || r.side === side || z.bothSides.has(r.area);
        const kind: MatchKind = sideOk ? (z.kind.get(r.area) ?? 'none') : 'none';
        list.push(kind);
        if (kind !== 'none') explainedBy[s] = (explainedBy[s] ?? 0) + 1;
      }
    }
    const same = kinds[0].every((k, j) => k === kinds[1][j]);
    for (let s = 0; s < 2; s++) {
      if ((explainedBy[s] ?? 0) === 0 || (same && s === 1)) continue;
      const list = kinds[s] as MatchKind[];
      const regions = {} as Record<RegionId, MatchKind>;
      const primaryAreas: AreaId[] = [];
      const secondaryAreas: AreaId[] = [];
      let weighted = 0;
      let leading = false;
      for (let j = 0; j < selected.length; j++) {
        const r = selected[j];
        const kind = list[j] ?? 'none';
        if (!r) continue;
        regions[r.id] = kind;
        if (kind === 'none') continue;
        weighted += WEIGHTS[kind] * (index.specificity.get(r.area) ?? 1);
        const hits = kind === 'primary' ? primaryAreas : secondaryAreas;
        if (!hits.includes(r.area)) hits.push(r.area);
        if (z.leadingFor.has(r.area)) leading = true;
      }
      const selectionFit = weighted / specTotal;
      const primaryHits = primaryAreas.length;
      const secondaryCoverage = m.referral.secondary.length ? secondaryAreas.length / m.referral.secondary.length : 0;
      const score =
        WEIGHTS.selectionFit * selectionFit +
        WEIGHTS.primaryHits * (1 - 0.5 ** primaryHits) +
        WEIGHTS.secondaryCoverage * secondaryCoverage +
        (leading ? WEIGHTS.leading : 0) +
        WEIGHTS.prevalence[m.prevalence];
      out.push({
        id: m.id,
        name: m.name,
        side: same ? 'both' : (sides[s] ?? 'right'),
        score,
        regions,
        explained: explainedBy[s] ?? 0,
        selectionFit,
        primaryHits,
        secondaryCoverage,
        leading,
      });
    }
  }
  // Ids are ASCII slugs: plain comparison is deterministic and faster than localeCompare.
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || sideOrder[a.side] - sideOrder[b.side]);
}

export type Strength = 'strong match' | 'good match' | 'possible';

/** A plain word for how well a candidate fits, instead of a fake probability. */
export function strengthOf(c: Pick<Candidate, 'selectionFit' | 'regions'>): Strength {
  const kinds = Object.values(c.regions);
  const hasPrimary = kinds.includes('primary');
  if (hasPrimary && c.selectionFit >= 0.7) return 'strong match';
  if (hasPrimary && c.selectionFit >= 0.35) return 'good match';
  return 'possible';
}
