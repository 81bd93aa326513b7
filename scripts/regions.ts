// `npm run regions [-- --json]`: the body regions of data/regions.json (usage below).
import { loadContent } from './content/load-content-node';
import { exitQuietlyOnClosedPipe, parseOptions, processIo, quoteInput, usageOutcome } from './cli';

const usage = `Usage: npm run -s regions -- [--json]

Lists the body regions of data/regions.json: each id (what rank and screen take) and its label.

  --json      the regions as JSON (id, area, label, view, group, side)
  --help, -h  this help

Exit code 0; 2 for an unknown option or any argument.`;

exitQuietlyOnClosedPipe();
const options = parseOptions(process.argv.slice(2), ['--json', '--help', '-h']);
const stray = options.args.length ? `takes no arguments, but was given ${options.args.map(quoteInput).join(', ')}` : undefined;
const early = usageOutcome(processIo, 'regions', usage, options, stray);
if (early !== undefined) process.exitCode = early;
else {
  const { regions } = loadContent();
  if (options.flags.has('--json')) processIo.out(JSON.stringify(regions, null, 2));
  else for (const r of regions) processIo.out(`${r.id.padEnd(32)} ${r.label}`);
}
