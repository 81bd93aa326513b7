// `npm run rank -- knee-back-right calf-upper-right [--json]`: the engine on the command line.
// With no region ids it reads stdin, one selection per line. Unknown ids: message on stderr, exit 2.
import { loadContent } from '../src/content/load-content-node';
import { buildEngineIndex, rank, regionsOf, strengthOf, type Candidate } from '../src/domain/rank';
import { runRegionCli } from './cli-regions';

const content = loadContent();
const index = buildEngineIndex(content.regions, content.muscles);
const known = content.regions.map((r) => r.id);

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

await runRegionCli(process.argv.slice(2), known, (ids) => rank(ids, index), { json: toJson, text: table });
