// `npm run eval [-- --json] [-- --write-baseline]`: the engine against the reference tables
// (tests/data/reference-cases.json, and the held-out tests/data/reference-cases-heldout.json). Prints
// recall@5 for single places, top-1/top-3 for patterns, MRR, and the misses, per table.
// --write-baseline records the figures in tests/data/reference-baseline.json and reference-heldout-baseline.json.
import { writeFileSync } from 'node:fs';
import { loadContent } from './content/load-content-node';
import { evaluateTables, type CaseResult } from './reference-eval';
import { exitQuietlyOnClosedPipe, parseOptions, processIo, quoteInput, usageOutcome } from './cli';

const usage = `Usage: npm run -s eval -- [--json] [--write-baseline]

Ranks every case of tests/data/reference-cases.json and of the held-out table
tests/data/reference-cases-heldout.json, and prints for each recall@5 for single places, top-1 and
top-3 for patterns, MRR, and the misses (docs/reference-eval.md).

  --json            the figures and the misses as JSON (the held-out table under "heldout")
  --write-baseline  also record the figures in tests/data/reference-baseline.json and
                    tests/data/reference-heldout-baseline.json
  --help, -h        this help

Exit code 0; 2 for an unknown option or any argument.`;

exitQuietlyOnClosedPipe();
const options = parseOptions(process.argv.slice(2), ['--json', '--write-baseline', '--help', '-h']);
const stray = options.args.length ? `takes no arguments, but was given ${options.args.map(quoteInput).join(', ')}` : undefined;
const early = usageOutcome(processIo, 'eval', usage, options, stray);
if (early !== undefined) {
  process.exitCode = early;
} else {
  const tables = evaluateTables(loadContent());

  if (options.flags.has('--write-baseline')) {
    for (const t of tables) {
      writeFileSync(t.baselinePath, JSON.stringify(t.figures, null, 2) + '\n');
      console.error(`wrote ${t.baselinePath}`);
    }
  }

  const missesJson = (misses: CaseResult[]) =>
    misses.map((r) => ({ id: r.case.id, kind: r.case.kind, regions: r.case.regions, expected: r.case.expected, firstHit: r.firstHit, levelWithFirst: r.levelWithFirst, top5: r.ranked.slice(0, 5) }));
  const [main, heldout] = tables;
  if (options.flags.has('--json') && main && heldout) {
    console.log(JSON.stringify({
      figures: main.figures,
      misses: missesJson(main.misses),
      heldout: { figures: heldout.figures, misses: missesJson(heldout.misses) },
    }, null, 2));
  } else {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    for (const { name, figures, misses } of tables) {
      console.log(`${name}: ${String(figures.singleCases)} single places, ${String(figures.patternCases)} patterns`);
      console.log(`single places  recall@5 ${pct(figures.singleRecallAt5)}   MRR ${figures.singleMrr.toFixed(3)}`);
      console.log(`patterns       top-1 ${pct(figures.patternTop1)} (level with the first: ${pct(figures.patternTop1WithTies)})   top-3 ${pct(figures.patternTop3)}   MRR ${figures.patternMrr.toFixed(3)}`);
      console.log(`all cases      MRR ${figures.mrr.toFixed(3)}`);
      console.log(`\nmisses (${String(misses.length)}): single = an expected muscle outside the top 5; pattern = no expected muscle first`);
      for (const r of misses) {
        const where = r.firstHit === null ? 'not ranked' : `best at ${String(r.firstHit)}${r.levelWithFirst ? ', level with the first' : ''}`;
        const missing = r.case.kind === 'single' ? `  missing: ${r.missingFromTop5.join(', ')}` : '';
        console.log(`- ${r.case.id} [${r.case.regions.join(' ')}] expected ${r.case.expected.join(', ')} (${where})${missing}\n    top 5: ${r.ranked.slice(0, 5).join(', ')}`);
      }
      console.log('');
    }
  }
}
