// `npm run check:data [-- --write]`: validates data/ and prints the coverage report (usage below).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, loadContent } from './content/load-content-node';
import { ContentError } from './content/validate-content';
import { coverageMarkdown, coverageReport } from './content/coverage-report';
import { exitQuietlyOnClosedPipe, parseOptions, problemLines, processIo, quoteInput, usageOutcome } from './cli';

const usage = `Usage: npm run check:data [-- --write]

Validates everything in data/ (every file in data/muscles/ must be a lower-case <muscle-id>.json) and
prints the coverage report: muscles per area, the areas with the fewest, muscles without sources,
one-way similar links.

  --write     also save the report as docs/coverage.md
  --help, -h  this help

Exit code 0; 1 when data/ is invalid (one line per problem on stderr); 2 for an unknown option or any argument.`;

exitQuietlyOnClosedPipe();
const options = parseOptions(process.argv.slice(2), ['--write', '--help', '-h']);
const stray = options.args.length ? `takes no arguments, but was given ${options.args.map(quoteInput).join(', ')}` : undefined;
const early = usageOutcome(processIo, 'check:data', usage, options, stray);
if (early !== undefined) process.exitCode = early;
else {
  try {
    const content = loadContent();
    const markdown = coverageMarkdown(coverageReport(content), content.muscles.length);
    processIo.out(markdown);
    processIo.out(`data OK: ${String(content.regions.length)} regions, ${String(content.muscles.length)} muscles, ${String(content.redFlags.length)} red flags`);
    if (options.flags.has('--write')) {
      const out = resolve(dataDir, '../docs/coverage.md');
      writeFileSync(out, markdown);
      processIo.out(`wrote ${out}`);
    }
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const line of problemLines(error.problems)) processIo.err(line);
    process.exitCode = 1;
  }
}
