// `npm run rank -- knee-back-right calf-upper-right [--json]`: the engine on the command line.
// With no region ids it reads stdin, one selection per line. Unknown ids: message on stderr, exit 2.
import { createInterface } from 'node:readline';
import { loadContent } from '../src/content/load-content-node';
import { buildEngineIndex, rank, strengthOf, type Candidate } from '../src/domain/rank';
import { parseArgs, resolveRegionIds } from './cli-regions';

const { json, ids } = parseArgs(process.argv.slice(2));
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
    regions: c.regions,
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
    Object.entries(c.regions).map(([id, kind]) => `${id}:${kind}`).join(' '),
  ]);
  const head = ['#', 'muscle', 'side', 'score', 'strength', 'regions'];
  const widths = head.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function run(words: string[]): boolean {
  const resolved = resolveRegionIds(words, known);
  for (const message of resolved.errors) console.error(message);
  const result = resolved.errors.length ? [] : rank(resolved.ids, index);
  console.log(json ? JSON.stringify(toJson(result)) : table(result));
  return resolved.errors.length === 0;
}

if (ids.length > 0) {
  process.exitCode = run(ids) ? 0 : 2;
} else {
  let ok = true;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) ok = run(line.split(/\s+/).filter(Boolean)) && ok;
  process.exitCode = ok ? 0 : 2;
}
