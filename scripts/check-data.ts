// `npm run check:data [-- --write]`: validates data/ and prints the coverage report
// (muscles per area, the areas with the fewest, muscles without sources, one-way similar links).
// --write also saves it as docs/coverage.md.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, loadContent } from '../src/content/load-content-node';
import { ContentError } from '../src/content/validate-content';
import { coverageMarkdown, coverageReport } from '../src/content/coverage-report';

try {
  const content = loadContent();
  const markdown = coverageMarkdown(coverageReport(content), content.muscles.length);
  console.log(markdown);
  console.log(`data OK: ${String(content.regions.length)} regions, ${String(content.muscles.length)} muscles, ${String(content.redFlags.length)} red flags`);
  if (process.argv.includes('--write')) {
    const out = resolve(dataDir, '../docs/coverage.md');
    writeFileSync(out, markdown);
    console.log(`wrote ${out}`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
