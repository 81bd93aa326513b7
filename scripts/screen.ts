// `npm run screen -- chest-upper-left upper-arm-inner-left [--json]`: the safety triage for a selection
// (usage below).
import { loadContent } from './content/load-content-node';
import { triage, type Triage, type TriageItem } from '../src/domain/safety';
import { exitQuietlyOnClosedPipe, processIo } from './cli';
import { runRegionCli } from './cli-regions';

const usage = `Usage: npm run -s screen -- [--json] [region-id[:level[:kind]] ...]

The safety triage for the given body regions, in the order the app asks it (every entry question
answered no), then "More checks" (npm run -s regions lists the region ids). A region may carry its
pain level (1-10) and kind as in a link: palm-right:9:numbness asks the nerve and severe-pain
questions. With no region ids it reads stdin instead: one selection a line, ids separated by spaces,
one answer a line.

  --json      JSON instead of a list
  --help, -h  this help

Exit code 0; 2 for an unknown region id (its closest known ids go to stderr and its answer is empty),
a pain level or kind not understood, an unknown option, no ids on a terminal, or an empty stdin.`;

const describe = (item: TriageItem) =>
  item.kind === 'gate'
    ? { key: item.key, kind: 'entry', text: item.gate.text, opens: item.screens.map((s) => s.flag.id) }
    : { key: item.key, kind: 'question', screen: item.screen.flag.id, urgency: item.question.urgency, text: item.question.text };

const toJson = ([t]: Triage[]) => (t ? { asked: t.asked.map(describe), more: t.more.map(describe) } : { asked: [], more: [] });

function line(item: TriageItem, i: number): string {
  const d = describe(item);
  return d.kind === 'entry'
    ? `${String(i + 1)}. (entry) ${d.text}  [opens: ${(d.opens ?? []).join(', ')}]`
    : `${String(i + 1)}. (${d.urgency ?? ''}) ${d.text}  [${d.screen ?? ''}]`;
}

function text([t]: Triage[]): string {
  if (!t || (t.asked.length === 0 && t.more.length === 0)) return '(no safety questions for these regions)';
  return [
    `Asked before self-care: ${String(t.asked.length)}`,
    ...t.asked.map(line),
    ...(t.more.length ? [`More checks: ${String(t.more.length)}`, ...t.more.map(line)] : []),
  ].join('\n');
}

exitQuietlyOnClosedPipe();
process.exitCode = await runRegionCli(process.argv.slice(2), processIo, {
  name: 'screen',
  usage,
  setup: () => {
    const content = loadContent();
    return { known: content.regions.map((r) => r.id), answer: (ids, details) => [triage(ids, content, {}, content.regions.length, details)] };
  },
  format: { json: toJson, text },
});
