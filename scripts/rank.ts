// `npm run rank -- knee-back-right calf-upper-right [--json]`: the engine on the command line (usage below).
import { loadContent } from './content/load-content-node';
import { buildEngineIndex, rank, regionsOf, strengthOf, type Candidate } from '../src/domain/rank';
import { exitQuietlyOnClosedPipe, processIo } from './cli';
import { runRegionCli } from './cli-regions';

const usage = `Usage: npm run -s rank -- [--json] [region-id ...]

Ranks the muscles whose trigger points may send pain to the given body regions, best first
(npm run -s regions lists the region ids). With no region ids it reads stdin instead: one selection
a line, ids separated by spaces, one answer a line (a blank line is the empty selection).

  --json      JSON instead of a table
  --help, -h  this help

Exit code 0; 2 for an unknown region id (its closest known ids go to stderr and its answer is empty),
an unknown option, no ids on a terminal, or an empty stdin.`;

function toJson(candidates: Candidate[]) {
  return candidates.map((c) => ({
    id: c.id,
    name: c.name,
    side: c.side,
    score: Math.round(c.score * 100) / 100,
    strength: strengthOf(c),
    regions: regionsOf(c),
  }));
}

function table(candidates: Candidate[]): string {
  if (candidates.length === 0) return '(no muscle refers pain to these regions)';
  const rows = candidates.map((c, i) => [
    String(i + 1),
    c.id,
    c.side,
    c.score.toFixed(1),
    strengthOf(c),
    c.selected.map((id, j) => `${id}:${c.matches[j] ?? 'none'}`).join(' '),
  ]);
  const head = ['#', 'muscle', 'side', 'score', 'strength', 'regions'];
  const widths = head.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

exitQuietlyOnClosedPipe();
process.exitCode = await runRegionCli(process.argv.slice(2), processIo, {
  name: 'rank',
  usage,
  setup: () => {
    const content = loadContent();
    const index = buildEngineIndex(content.regions, content.muscles);
    return { known: content.regions.map((r) => r.id), answer: (ids) => rank(ids, index) };
  },
  format: { json: toJson, text: table },
});
