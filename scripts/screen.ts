// `npm run screen -- chest-upper-left upper-arm-inner-left [--json]`: the safety triage for a selection,
// in the order the app asks it (every entry question answered no), then "More checks". Same id and
// exit-code rules as `npm run rank`; with no ids it reads stdin.
import { loadContent } from '../src/content/load-content-node';
import { triage, type Triage, type TriageItem } from '../src/domain/safety';
import { runRegionCli } from './cli-regions';

const content = loadContent();
const known = content.regions.map((r) => r.id);

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

await runRegionCli(process.argv.slice(2), known, (ids) => [triage(ids, content, {}, content.regions.length)], { json: toJson, text });
