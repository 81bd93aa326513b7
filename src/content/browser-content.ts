import { muscles, regions } from 'virtual:myomap-content';
import type { Muscle, MuscleId, RedFlag, Region, RegionId } from './schema';

/** What the first page needs of a muscle: enough to rank, list and find it. */
export type MuscleSummary = Pick<Muscle, 'id' | 'name' | 'prevalence' | 'referral'>;
export type BrowserRegion = Pick<Region, 'id' | 'area' | 'label' | 'side'>;

/** Content validated at build time (see vite-plugin-content.ts), as the browser receives it. */
export const content: {
  regions: readonly BrowserRegion[];
  muscles: readonly MuscleSummary[];
} = { regions, muscles };

export const regionById: ReadonlyMap<RegionId, BrowserRegion> = new Map(regions.map((r) => [r.id, r]));
export const muscleById: ReadonlyMap<MuscleId, MuscleSummary> = new Map(muscles.map((m) => [m.id, m]));

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

let redFlags: readonly RedFlag[] | null = null;
let redFlagsPromise: Promise<readonly RedFlag[]> | null = null;
const redFlagListeners = new Set<() => void>();

/** Starts loading the safety screens (a separate chunk, fetched once something is selected). */
export function loadRedFlags(): Promise<readonly RedFlag[]> {
  redFlagsPromise ??= import('virtual:myomap-red-flags').then((m) => {
    redFlags = m.default;
    for (const listener of redFlagListeners) listener();
    return m.default;
  });
  return redFlagsPromise;
}

/** For useSyncExternalStore: the safety screens once loaded, else null. */
export const redFlagsSource = {
  subscribe: (listener: () => void): (() => void) => {
    redFlagListeners.add(listener);
    return () => { redFlagListeners.delete(listener); };
  },
  get: (): readonly RedFlag[] | null => redFlags,
};
