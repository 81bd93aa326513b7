// `npm run eval [-- --json] [-- --write-baseline]`: the engine against the reference table
// (tests/data/reference-cases.json). Prints recall@5 for single places, top-1/top-3 for patterns, MRR,
// and the misses. --write-baseline records the figures in tests/data/reference-baseline.json.
import { writeFileSync } from 'node:fs';
import { loadContent } from './content/load-content-node';
import { buildEngineIndex, rank } from '../src/domain/rank';
import type { RegionId } from '../src/content/schema';
import { baselinePath, figuresOf, loadReferenceCases, missesOf, rankedMuscles, scoreCase } from './reference-eval';
import { exitQuietlyOnClosedPipe, parseOptions, processIo, quoteInput, usageOutcome } from './cli';

const usage = `Usage: npm run -s eval -- [--json] [--write-baseline]

Ranks every case of tests/data/reference-cases.json and prints recall@5 for single places, top-1 and
top-3 for patterns, MRR, and the misses (docs/reference-eval.md).

  --json            the figures and the misses as JSON
  --write-baseline  also record the figures in tests/data/reference-baseline.json
  --help, -h        this help

Exit code 0; 2 for an unknown option or any argument.`;

exitQuietlyOnClosedPipe();
const options = parseOptions(process.argv.slice(2), ['--json', '--write-baseline', '--help', '-h']);
const stray = options.args.length ? `takes no arguments, but was given ${options.args.map(quoteInput).join(', ')}` : undefined;
const early = usageOutcome(processIo, 'eval', usage, options, stray);
if (early !== undefined) {
  process.exitCode = early;
} else {
  const content = loadContent();
  const index = buildEngineIndex(content.regions, content.muscles);
  const sideById = new Map(content.regions.map((r) => [r.id, r.side]));
  const cases = loadReferenceCases();
  const results = cases.map((c) => scoreCase(c, rankedMuscles(rank(c.regions, index), c.regions, (id: RegionId) => sideById.get(id))));
  const figures = figuresOf(results);
  const misses = missesOf(results);

  if (options.flags.has('--write-baseline')) {
    writeFileSync(baselinePath, JSON.stringify(figures, null, 2) + '\n');
    console.error(`wrote ${baselinePath}`);
  }

  if (options.flags.has('--json')) {
    console.log(JSON.stringify({
      figures,
      misses: misses.map((r) => ({ id: r.case.id, kind: r.case.kind, regions: r.case.regions, expected: r.case.expected, firstHit: r.firstHit, top5: r.ranked.slice(0, 5) })),
    }, null, 2));
  } else {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`reference cases: ${String(figures.singleCases)} single places, ${String(figures.patternCases)} patterns`);
    console.log(`single places  recall@5 ${pct(figures.singleRecallAt5)}   MRR ${figures.singleMrr.toFixed(3)}`);
    console.log(`patterns       top-1 ${pct(figures.patternTop1)}   top-3 ${pct(figures.patternTop3)}   MRR ${figures.patternMrr.toFixed(3)}`);
    console.log(`all cases      MRR ${figures.mrr.toFixed(3)}`);
    console.log(`\nmisses (${String(misses.length)}): single = an expected muscle outside the top 5; pattern = no expected muscle first`);
    for (const r of misses) {
      const where = r.firstHit === null ? 'not ranked' : `best at ${String(r.firstHit)}`;
      const missing = r.case.kind === 'single' ? `  missing: ${r.missingFromTop5.join(', ')}` : '';
      console.log(`- ${r.case.id} [${r.case.regions.join(' ')}] expected ${r.case.expected.join(', ')} (${where})${missing}\n    top 5: ${r.ranked.slice(0, 5).join(', ')}`);
    }
  }
}
