import { createInterface } from 'node:readline';
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

/**
 * The shared shape of `npm run rank` and `npm run screen`: answer for the region ids on the command line,
 * or for each line of stdin; unknown ids print the closest known ones on stderr, that answer is empty
 * (`[]` with --json) and the exit code is 2 (at the end, in stdin mode).
 */
export async function runRegionCli<T>(
  argv: readonly string[],
  known: readonly string[],
  answer: (ids: RegionId[]) => T[],
  format: { json: (result: T[]) => unknown; text: (result: T[]) => string },
): Promise<void> {
  const { json, ids } = parseArgs(argv);
  const run = (words: string[]): boolean => {
    const resolved = resolveRegionIds(words, known);
    for (const message of resolved.errors) console.error(message);
    const result = resolved.errors.length ? [] : answer(resolved.ids);
    console.log(json ? JSON.stringify(format.json(result)) : format.text(result));
    return resolved.errors.length === 0;
  };
  if (ids.length > 0) {
    process.exitCode = run(ids) ? 0 : 2;
    return;
  }
  let ok = true;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) ok = run(line.split(/\s+/).filter(Boolean)) && ok;
  process.exitCode = ok ? 0 : 2;
}
