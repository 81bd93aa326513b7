// `npm run rank -- knee-back-right calf-upper-right [--json]`: the engine on the command line (usage below).
import { loadContent } from './content/load-content-node';
import { buildEngineIndex, rank, regionsOf, strengthOf, type Candidate } from '../src/domain/rank';
import { together, type Together } from '../src/domain/together';
import type { RegionId } from '../src/content/schema';
import type { Details } from '../src/domain/selection';
import { exitQuietlyOnClosedPipe, processIo } from './cli';
import { runRegionCli } from './cli-regions';

const usage = `Usage: npm run -s rank -- [--json] [--together] [region-id[:level[:kind]] ...]

Ranks the muscles whose trigger points may send pain to the given body regions, best first
(npm run -s regions lists the region ids). A region may carry its pain level, 1-10 (default 5), and
its kind (aching, sharp, burning, cramping, numbness, tingling), as in a link: knee-back-right:7:cramping,
heel-right::burning, heel-right:8. With no region ids it reads stdin instead: one selection a line,
ids separated by spaces, one answer a line (a blank line is the empty selection).

  --json      JSON instead of a table
  --together  when no one muscle explains every place: the fewest (two or three) that do together,
              and any place even they leave out; with --json: {"together": [{"id", "side"}], "unexplained": [ids]}
  --help, -h  this help

Exit code 0; 2 for an unknown region id (its closest known ids go to stderr and its answer is empty),
a pain level or kind not understood, an unknown option, no ids on a terminal, or an empty stdin.`;

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

/** --together's answer: one muscle explains everything (or nothing is marked) is an empty list. */
function togetherJson(t: Together | null) {
  return { together: (t?.together ?? []).map(({ id, side }) => ({ id, side })), unexplained: t?.unexplained ?? [] };
}

function togetherText(t: Together | null): string {
  if (!t) return '(one muscle explains every place, or nothing to combine: see the ranking without --together)';
  const names = t.together.map((m) => `${m.id} (${m.side})`).join(' + ');
  return t.unexplained.length ? `${names}; unexplained: ${t.unexplained.join(', ')}` : `${names}: all places explained`;
}

exitQuietlyOnClosedPipe();
const argv = process.argv.slice(2);
const end = argv.indexOf('--');
const flagPart = end === -1 ? argv : argv.slice(0, end);
const asTogether = flagPart.includes('--together');

/** The engine and the known ids, loaded after the options are checked (so --help needs no data). */
function engine() {
  const content = loadContent();
  const index = buildEngineIndex(content.regions, content.muscles);
  return { known: content.regions.map((r) => r.id), ranked: (ids: RegionId[], details: Details) => rank(ids, index, details) };
}

process.exitCode = asTogether
  ? await runRegionCli(argv.filter((a, i) => !(a === '--together' && (end === -1 || i < end))), processIo, {
      name: 'rank',
      usage,
      setup: () => {
        const { known, ranked } = engine();
        return { known, answer: (ids, details) => [together(ranked(ids, details))] };
      },
      format: { json: (result) => togetherJson(result[0] ?? null), text: (result) => togetherText(result[0] ?? null) },
    })
  : await runRegionCli(argv, processIo, {
      name: 'rank',
      usage,
      setup: () => {
        const { known, ranked } = engine();
        return { known, answer: ranked };
      },
      format: { json: toJson, text: table },
    });
