import { createInterface } from 'node:readline';
import { CLOSEST_MAX_LENGTH, closest } from '../src/lib/closest';
import type { RegionId } from '../src/content/schema';
import { PAIN_KINDS, type PlaceDetail } from '../src/domain/pain';
import { parseSelection, type Details } from '../src/domain/selection';
import { parseOptions, quoteInput, usageOutcome, type CliIo } from './cli';

/**
 * Checks region ids, each optionally with its pain level and kind as in a link (`knee-back-right:7:cramping`,
 * `heel-right::burning`, `heel-right:8`), with a "did you mean" message naming the closest known ids for
 * each unknown one and a plain message for a level or kind not understood.
 */
export function resolveRegionIds(words: readonly string[], known: readonly string[]): { ids: RegionId[]; details: Details; errors: string[] } {
  const knownSet = new Set(known);
  const ids: RegionId[] = [];
  const details: Partial<Record<RegionId, PlaceDetail>> = {};
  const errors: string[] = [];
  for (const w of words) {
    const parsed = parseSelection([w.includes(',') ? '' : w], knownSet);
    const id = parsed.ids[0];
    if (!id) {
      const name = w.split(':')[0] ?? w;
      const near = closest(name, known, 3);
      const hint = near.length ? `closest: ${near.join(', ')}` : name.length > CLOSEST_MAX_LENGTH ? 'far longer than any region id' : 'no close match';
      errors.push(`unknown region id ${quoteInput(w)}; ${hint} (see npm run regions)`);
      continue;
    }
    for (const bad of parsed.bad) {
      errors.push(
        bad.field === 'intensity'
          ? `pain level ${quoteInput(bad.text)} for ${id} not understood; give a whole number from 1 to 10 (${id}:7)`
          : `pain kind ${quoteInput(bad.text)} for ${id} not understood; give one of ${PAIN_KINDS.join(', ')} (${id}::${PAIN_KINDS[0]})`,
      );
    }
    if (ids.includes(id)) continue;
    ids.push(id);
    const detail = parsed.details[id];
    if (detail) details[id] = detail;
  }
  return { ids, details, errors };
}

export interface RegionCli<T> {
  /** The command's name, for messages: "rank". */
  name: string;
  usage: string;
  /** Loads what the answers need (after the options are checked, so --help needs no data). */
  setup: () => { known: readonly string[]; answer: (ids: RegionId[], details: Details) => T[] };
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
    const result = failed ? [] : answer(resolved.ids, resolved.details);
    if (json) io.out(JSON.stringify(cli.format.json(result)));
    else if (failed) {
      const unknownIds = resolved.errors.filter((e) => e.startsWith('unknown region id')).length;
      const what = unknownIds === 0 ? 'a pain level or kind not understood' : unknownIds === 1 ? 'an unknown region id' : 'unknown region ids';
      io.out(`(no answer: ${what}, see stderr)`);
    }
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
