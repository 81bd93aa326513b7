import { createInterface } from 'node:readline';
import { CLOSEST_MAX_LENGTH, closest } from '../src/lib/closest';
import type { RegionId } from '../src/content/schema';
import { parseOptions, quoteInput, usageOutcome, type CliIo } from './cli';

/** Checks region ids, with a "did you mean" message naming the closest known ids for each unknown one. */
export function resolveRegionIds(words: readonly string[], known: readonly string[]): { ids: RegionId[]; errors: string[] } {
  const knownSet = new Set(known);
  const errors = words
    .filter((w) => !knownSet.has(w))
    .map((w) => {
      const near = closest(w, known, 3);
      const hint = near.length ? `closest: ${near.join(', ')}` : w.length > CLOSEST_MAX_LENGTH ? 'far longer than any region id' : 'no close match';
      return `unknown region id ${quoteInput(w)}; ${hint} (see npm run regions)`;
    });
  return { ids: words.filter((w) => knownSet.has(w)) as RegionId[], errors };
}

export interface RegionCli<T> {
  /** The command's name, for messages: "rank". */
  name: string;
  usage: string;
  /** Loads what the answers need (after the options are checked, so --help needs no data). */
  setup: () => { known: readonly string[]; answer: (ids: RegionId[]) => T[] };
  format: { json: (result: T[]) => unknown; text: (result: T[]) => string };
}

/**
 * The shared shape of `npm run rank` and `npm run screen`: answer for the region ids on the command line,
 * or for each line of stdin (a blank line is the empty selection); unknown ids print the closest known
 * ones on stderr and that answer is empty (`[]` with --json). Returns the exit code: 2 for an unknown id
 * (at the end, in stdin mode), an unknown option, no ids on a terminal, or stdin without a single line.
 */
export async function runRegionCli<T>(argv: readonly string[], io: CliIo, cli: RegionCli<T>): Promise<number> {
  const options = parseOptions(argv, ['--json', '--help', '-h']);
  const noInput = options.args.length === 0 && io.stdin.isTTY === true;
  const early = usageOutcome(io, cli.name, cli.usage, options, noInput ? 'no region ids given' : undefined);
  if (early !== undefined) return early;
  const json = options.flags.has('--json');
  const { known, answer } = cli.setup();
  const run = (words: string[]): boolean => {
    const resolved = resolveRegionIds(words, known);
    for (const message of resolved.errors) io.err(`${cli.name}: ${message}`);
    const failed = resolved.errors.length > 0;
    const result = failed ? [] : answer(resolved.ids);
    if (json) io.out(JSON.stringify(cli.format.json(result)));
    else if (failed) io.out(`(no answer: ${resolved.errors.length === 1 ? 'an unknown region id' : 'unknown region ids'}, see stderr)`);
    else io.out(words.length ? cli.format.text(result) : '(a blank line: no region ids)');
    return !failed;
  };
  if (options.args.length > 0) return run(options.args) ? 0 : 2;
  let ok = true;
  let lines = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lines++;
    ok = run(line.split(/\s+/).filter(Boolean)) && ok;
  }
  if (lines === 0) {
    io.err(`${cli.name}: stdin was empty, so there was nothing to answer. Give region ids as arguments, or one selection a line on stdin (--help).`);
    return 2;
  }
  return ok ? 0 : 2;
}
