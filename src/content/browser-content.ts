import { muscleLoaders, muscles, namedAsSimilarBy, redFlags, regions } from 'virtual:myomap-content';
import type { Muscle, MuscleId, RedFlag, Region, RegionId } from './schema';

/** What the first page needs of a muscle: enough to rank, list and find it. */
export type MuscleSummary = Pick<Muscle, 'id' | 'name' | 'otherNames' | 'bodyPart' | 'prevalence' | 'referral'>;

/** Content validated at build time (see vite-plugin-content.ts), as the browser receives it. */
export const content: {
  regions: readonly Region[];
  muscles: readonly MuscleSummary[];
  redFlags: readonly RedFlag[];
} = { regions, muscles, redFlags };

export const regionById: ReadonlyMap<RegionId, Region> = new Map(regions.map((r) => [r.id, r]));
export const muscleById: ReadonlyMap<MuscleId, MuscleSummary> = new Map(muscles.map((m) => [m.id, m]));

const cache = new Map<string, Promise<Muscle | undefined>>();

/** Loads one muscle's full page data (a separate chunk); undefined for an unknown id. */
export function loadMuscle(id: string): Promise<Muscle | undefined> {
  let promise = cache.get(id);
  if (!promise) {
    const loader = Object.hasOwn(muscleLoaders, id) ? muscleLoaders[id] : undefined;
    promise = loader ? loader() : Promise.resolve(undefined);
    cache.set(id, promise);
  }
  return promise;
}

/** Muscles with a similar pain pattern, both ways: those this muscle names and those naming it. */
export function similarMuscleIds(muscle: Pick<Muscle, 'id' | 'similarMuscles'>): MuscleId[] {
  const back = (Object.hasOwn(namedAsSimilarBy, muscle.id) ? namedAsSimilarBy[muscle.id] : undefined) ?? [];
  return [...new Set([...muscle.similarMuscles, ...(back as MuscleId[])])];
}
