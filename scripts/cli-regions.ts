import { closest } from '../src/lib/closest';
import type { RegionId } from '../src/content/schema';

/** Splits CLI arguments into flags and region ids. */
export function parseArgs(argv: readonly string[]): { json: boolean; ids: string[] } {
  return { json: argv.includes('--json'), ids: argv.filter((a) => !a.startsWith('--')) };
}

/** Checks region ids, with a "did you mean" message naming the closest known ids for each unknown one. */
export function resolveRegionIds(words: readonly string[], known: readonly string[]): { ids: RegionId[]; errors: string[] } {
  const knownSet = new Set(known);
  const errors = words
    .filter((w) => !knownSet.has(w))
    .map((w) => `unknown region id "${w}"; closest: ${closest(w, known, 3).join(', ')} (see npm run regions)`);
  return { ids: words.filter((w) => knownSet.has(w)) as RegionId[], errors };
}
