import type { AreaId, Muscle, MuscleId, Prevalence, Region, RegionId } from '../content/schema';
import { DEFAULT_INTENSITY, SENSATION_KINDS, type PainKind, type PlaceDetail, type SensationKind } from './pain';

/** What the engine needs of a muscle: its referral pattern, how commonly it is the cause, and the sensations its references describe. */
export type RankableMuscle = Pick<Muscle, 'id' | 'name' | 'prevalence'> & {
  referral: Pick<Muscle['referral'], 'primary' | 'secondary' | 'bothSides' | 'leadingFor'>;
  sensations?: { kinds: readonly SensationKind[] };
};

export type MatchKind = 'primary' | 'secondary' | 'none';
export type CandidateSide = 'left' | 'right' | 'both';

export interface Candidate {
  id: MuscleId;
  name: string;
  side: CandidateSide;
  /** 0-100ish; higher is better. See docs/engine.md. */
  score: number;
  /** The selected regions, in order, without repeats: the same array for every candidate of one ranking. */
  selected: readonly RegionId[];
  /** For each of `selected`, at the same position: explained by the primary zone, the secondary zone, or not. */
  matches: readonly MatchKind[];
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
  /** Whether a place it explains was marked with a sensation its references describe (numbness, tingling, burning). */
  sensation: boolean;
}

/** The precomputed tables rank() needs; build once per data set with buildEngineIndex. */
export interface EngineIndex {
  muscles: readonly RankableMuscle[];
  /** Each known region with its area's number (an index into the tables below). */
  regionById: ReadonlyMap<RegionId, IndexedRegion>;
  /** Specificity of each area, by area number: 1 + ln(muscle count / muscles referring there). */
  specificity: Float64Array;
  /** For each area number, the muscles (by index) whose primary or secondary zone includes it. */
  musclesByArea: readonly (readonly number[])[];
  /** Per muscle (same order as `muscles`): its zones as tables by area number, for speed. */
  zones: readonly MuscleZones[];
  /** Per muscle (same order as `muscles`): the sensations its references describe, as bits (sensationBit). */
  sensations: Uint8Array;
}

interface IndexedRegion extends Pick<Region, 'id' | 'area' | 'side'> {
  areaNo: number;
}

const NONE = 0;
const SECONDARY = 1;
const PRIMARY = 2;
const KIND_NAMES: readonly MatchKind[] = ['none', 'secondary', 'primary'];

interface MuscleZones {
  /** By area number: NONE, SECONDARY or PRIMARY. */
  kind: Uint8Array;
  /** By area number: 1 where the zone is drawn on both sides whatever the muscle's side. */
  bothSides: Uint8Array;
  /** By area number: 1 where the references name this muscle first. */
  leadingFor: Uint8Array;
}

export const WEIGHTS = {
  primary: 1,
  secondary: 0.5,
  selectionFit: 75,
  primaryHits: 25,
  secondaryCoverage: 5,
  leading: 3,
  // Rare sits 6 below occasional, more than the whole secondary-coverage term, so a muscle the
  // references call rare is never lifted past a more common one on an equal fit by a tiny spillover
  // zone. Occasional and common stay 1 apart on purpose (docs/engine.md, "Tiny spillover zones").
  prevalence: { common: 2, occasional: 1, rare: -5 } satisfies Record<Prevalence, number>,
} as const;

/** Added once when a place a muscle explains is marked with a sensation its references describe (docs/engine.md). */
export const SENSATION_BONUS = 4;

/** How much a place weighs in selection fit by its pain level: `intensityWeight(5) // -> 1`, 1 -> 0.6, 10 -> 1.5. */
export function intensityWeight(intensity = DEFAULT_INTENSITY): number {
  return 0.5 + intensity / 10;
}

const sensationBit = (kind: PainKind | undefined): number => {
  const i = (SENSATION_KINDS as readonly string[]).indexOf(kind ?? '');
  return i < 0 ? 0 : 1 << i;
};

/** Per place, what was said about it (src/domain/selection.ts `Details`); places not listed are level 5 with no kind. */
export type RankDetails = Readonly<Partial<Record<RegionId, PlaceDetail>>>;

/** Builds the engine's lookup tables: `buildEngineIndex(regions, muscles)`. */
export function buildEngineIndex(regions: readonly Pick<Region, 'id' | 'area' | 'side'>[], muscles: readonly RankableMuscle[]): EngineIndex {
  const sorted = [...muscles].sort((a, b) => a.id.localeCompare(b.id));
  const areaNo = new Map<AreaId, number>();
  for (const r of regions) if (!areaNo.has(r.area)) areaNo.set(r.area, areaNo.size);
  const areas = areaNo.size;
  const musclesByArea: number[][] = Array.from({ length: areas }, () => []);
  const zones = sorted.map((m, i) => {
    const z: MuscleZones = { kind: new Uint8Array(areas), bothSides: new Uint8Array(areas), leadingFor: new Uint8Array(areas) };
    const mark = (list: readonly AreaId[], table: Uint8Array, value: number) => {
      for (const area of list) {
        const no = areaNo.get(area);
        if (no !== undefined) table[no] = value;
      }
    };
    mark(m.referral.secondary, z.kind, SECONDARY);
    mark(m.referral.primary, z.kind, PRIMARY);
    mark(m.referral.bothSides, z.bothSides, 1);
    mark(m.referral.leadingFor, z.leadingFor, 1);
    z.kind.forEach((k, no) => { if (k !== NONE) musclesByArea[no]?.push(i); });
    return z;
  });
  const total = Math.max(1, sorted.length);
  const specificity = new Float64Array(areas);
  musclesByArea.forEach((list, no) => { specificity[no] = 1 + Math.log(total / Math.max(1, list.length)); });
  const regionById = new Map(regions.map((r) => [r.id, { id: r.id, area: r.area, side: r.side, areaNo: areaNo.get(r.area) ?? 0 }]));
  const sensations = Uint8Array.from(sorted, (m) => (m.sensations?.kinds ?? []).reduce((bits, k) => bits | sensationBit(k), 0));
  return { muscles: sorted, regionById, specificity, musclesByArea, zones, sensations };
}

const sideOrder: Record<CandidateSide, number> = { right: 0, left: 1, both: 2 };
const SIDES = ['right', 'left'] as const;

/**
 * Ranks muscle-and-side candidates for a pain drawing, best first; only candidates that explain at
 * least one selected region are returned. Ties break by muscle id, then side. `details` (optional)
 * gives places a pain level, which weighs them in selection fit, and a kind, which can add the
 * sensation bonus (docs/engine.md); without it every place is level 5, as before.
 * `rank(['heel-right'], index)[0] // -> soleus, right, heel-right: primary`
 */
export function rank(selection: readonly RegionId[], index: EngineIndex, details?: RankDetails): Candidate[] {
  const selected = [...new Set(selection)].map((id) => index.regionById.get(id)).filter((r) => r !== undefined);
  const n = selected.length;
  if (n === 0) return [];
  // Specificity times the pain level's weight: the weight of each place in selection fit.
  const spec = selected.map((r) => (index.specificity[r.areaNo] ?? 1) * intensityWeight(details?.[r.id]?.intensity));
  const felt = details ? selected.map((r) => sensationBit(details[r.id]?.kind)) : undefined;
  const specTotal = spec.reduce((sum, x) => sum + x, 0);

  // Which selected regions (by position) each muscle's zones touch: only those pairs are looked at,
  // not every muscle against every selected region.
  const touches: (number[] | undefined)[] = new Array<number[] | undefined>(index.muscles.length);
  selected.forEach((r, j) => {
    for (const i of index.musclesByArea[r.areaNo] ?? []) (touches[i] ??= []).push(j);
  });

  const out: Candidate[] = [];
  const selectedIds: readonly RegionId[] = selected.map((r) => r.id);
  const primaryAreas = new Set<number>();
  const secondaryAreas = new Set<number>();
  touches.forEach((js, i) => {
    const m = index.muscles[i];
    const z = index.zones[i];
    if (!js || !m || !z) return;
    // The match kind of each touched region from the right side and from the left.
    const right: number[] = [];
    const left: number[] = [];
    let same = true;
    for (const j of js) {
      const r = selected[j] as IndexedRegion;
      const kind = z.kind[r.areaNo] ?? NONE;
      const anySide = r.side === 'midline' || z.bothSides[r.areaNo] === 1;
      const k0 = anySide || r.side === 'right' ? kind : NONE;
      const k1 = anySide || r.side === 'left' ? kind : NONE;
      right.push(k0);
      left.push(k1);
      if (k0 !== k1) same = false;
    }
    for (let s = 0; s < 2; s++) {
      if (same && s === 1) continue;
      const kinds = s === 0 ? right : left;
      const matches = new Array<MatchKind>(n).fill('none');
      primaryAreas.clear();
      secondaryAreas.clear();
      let explained = 0;
      let weighted = 0;
      let leading = false;
      let sensation = false;
      for (let t = 0; t < js.length; t++) {
        const kind = kinds[t] ?? NONE;
        if (kind === NONE) continue;
        const j = js[t] ?? 0;
        const r = selected[j] as IndexedRegion;
        explained++;
        matches[j] = KIND_NAMES[kind] ?? 'none';
        weighted += (kind === PRIMARY ? WEIGHTS.primary : WEIGHTS.secondary) * (spec[j] ?? 1);
        (kind === PRIMARY ? primaryAreas : secondaryAreas).add(r.areaNo);
        if (z.leadingFor[r.areaNo] === 1) leading = true;
        if (felt && ((felt[j] ?? 0) & (index.sensations[i] ?? 0)) !== 0) sensation = true;
      }
      if (explained === 0) continue;
      const selectionFit = weighted / specTotal;
      const primaryHits = primaryAreas.size;
      const secondaryCoverage = m.referral.secondary.length ? secondaryAreas.size / m.referral.secondary.length : 0;
      const score =
        WEIGHTS.selectionFit * selectionFit +
        WEIGHTS.primaryHits * (1 - 0.5 ** primaryHits) +
        WEIGHTS.secondaryCoverage * secondaryCoverage +
        (leading ? WEIGHTS.leading : 0) +
        (sensation ? SENSATION_BONUS : 0) +
        WEIGHTS.prevalence[m.prevalence];
      out.push({
        id: m.id,
        name: m.name,
        side: same ? 'both' : SIDES[s] ?? 'right',
        score,
        selected: selectedIds,
        matches,
        explained,
        selectionFit,
        primaryHits,
        secondaryCoverage,
        leading,
        sensation,
      });
    }
  });
  // Ids are ASCII slugs: plain comparison is deterministic and faster than localeCompare.
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || sideOrder[a.side] - sideOrder[b.side]);
}

/**
 * A candidate's matches by region id:
 * `regionsOf(c) // -> { 'knee-back-right': 'primary', 'heel-right': 'none' }`.
 */
export function regionsOf(c: Pick<Candidate, 'selected' | 'matches'>): Record<RegionId, MatchKind> {
  return Object.fromEntries(c.selected.map((id, j) => [id, c.matches[j] ?? 'none']));
}

/** How a candidate explains one region: `matchOf(c, 'heel-right') // -> 'primary'`; 'none' when it was not selected. */
export function matchOf(c: Pick<Candidate, 'selected' | 'matches'>, id: RegionId): MatchKind {
  const j = c.selected.indexOf(id);
  return j < 0 ? 'none' : (c.matches[j] ?? 'none');
}

export type Strength = 'strong match' | 'good match' | 'possible';

/** A plain word for how well a candidate fits, instead of a fake probability. */
export function strengthOf(c: Pick<Candidate, 'selectionFit' | 'matches'>): Strength {
  const hasPrimary = c.matches.includes('primary');
  if (hasPrimary && c.selectionFit >= 0.7) return 'strong match';
  if (hasPrimary && c.selectionFit >= 0.35) return 'good match';
  return 'possible';
}
