import { muscles, regions } from 'virtual:myomap-content';
import type { AreaId, FirstCheck, Muscle, MuscleId, Region, RegionId } from './schema';
import type { RedFlagData } from '../domain/safety';
import type { RankableMuscle } from '../domain/rank';
import type { CountryNumbers } from '../domain/emergency';

/** What the first page needs of a muscle: enough to rank, list and find it. */
export type MuscleSummary = RankableMuscle;
export type BrowserRegion = Pick<Region, 'id' | 'area' | 'label' | 'side' | 'view'>;

/** Content validated at build time (see vite-plugin-content.ts), as the browser receives it. */
export const content: {
  regions: readonly BrowserRegion[];
  muscles: readonly MuscleSummary[];
} = { regions, muscles };

export const regionById: ReadonlyMap<RegionId, BrowserRegion> = new Map(regions.map((r) => [r.id, r]));
export const muscleById: ReadonlyMap<MuscleId, MuscleSummary> = new Map(muscles.map((m) => [m.id, m]));

/** What result rows add to a muscle's summary, loaded with the first mark. */
export interface RowExtras {
  names: Readonly<Record<string, string | undefined>>;
  triggerPoints: Readonly<Record<string, readonly AreaId[] | undefined>>;
}

let rowExtras: RowExtras | null = null;
let rowExtrasLoading: Promise<void> | null = null;
const rowExtrasListeners = new Set<() => void>();

/** Starts loading what result rows add (plain names, trigger-point areas), wanted once something is marked. */
export function loadRowExtras(): void {
  rowExtrasLoading ??= import('virtual:myomap-row-extras').then(
    (m) => {
      rowExtras = m.default;
      for (const listener of rowExtrasListeners) listener();
    },
    () => { rowExtrasLoading = null; }, // the rows read "this muscle" until a later try works
  );
}

/** For useSyncExternalStore: the row extras once loaded, else null. */
export const rowExtrasSource = {
  subscribe: (listener: () => void): (() => void) => {
    rowExtrasListeners.add(listener);
    return () => { rowExtrasListeners.delete(listener); };
  },
  get: (): RowExtras | null => rowExtras,
};

/** A muscle's page data, with the muscles whose data names it as similar. */
export interface LoadedMuscle {
  muscle: Muscle;
  namedAsSimilarBy: readonly MuscleId[];
}

const cache = new Map<string, Promise<LoadedMuscle | undefined>>();

/** Loads one muscle's full page data (a separate chunk); undefined for an unknown id. */
export function loadMuscle(id: string): Promise<LoadedMuscle | undefined> {
  let promise = cache.get(id);
  if (!promise) {
    promise = import('virtual:myomap-muscle-loaders').then(async ({ default: loaders }) => {
      const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
      if (!loader) return undefined;
      const m = await loader();
      return { muscle: m.default, namedAsSimilarBy: m.namedAsSimilarBy };
    });
    cache.set(id, promise);
  }
  return promise;
}

/** The muscle directory for the index page (names and other names), loaded with that page. */
export function loadMuscleDirectory() {
  return import('virtual:myomap-muscle-directory').then((m) => m.default);
}

/** Muscles with a similar pain pattern, both ways: those this muscle names and those naming it. */
export function similarMuscleIds(loaded: LoadedMuscle): MuscleId[] {
  return [...new Set([...loaded.muscle.similarMuscles, ...loaded.namedAsSimilarBy])];
}

/** The safety data, as fetched (see vite-plugin-content.ts). */
export interface SafetyData extends RedFlagData {
  firstCheck: FirstCheck;
  countries: readonly CountryNumbers[];
}

/** A cheap shape check: the build validated the data, but a stale deploy can serve anything (an HTML page). */
function isSafetyData(data: unknown): data is SafetyData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<Record<keyof SafetyData, unknown>>;
  return Array.isArray(d.redFlags) && d.redFlags.length > 0 && Array.isArray(d.gates) && Array.isArray(d.countries) && typeof d.firstCheck === 'object' && d.firstCheck !== null;
}

/**
 * Fetches the safety data (a hashed JSON file; see vite-plugin-content.ts). Rejects on any failure,
 * including an HTML page served in its place; nothing is cached, so a retry really fetches again.
 */
export async function fetchSafetyData(fetchImpl: typeof fetch = (...args) => fetch(...args)): Promise<SafetyData> {
  const { default: url } = await import('virtual:myomap-safety-url');
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
  const data: unknown = await response.json();
  if (!isSafetyData(data)) throw new Error('not the safety data');
  return data;
}
