// `npm run screen -- chest-upper-left upper-arm-inner-left [--json]`: the safety screens for a selection,
// most relevant first. Same id and exit-code rules as `npm run rank`; with no ids it reads stdin.
import { createInterface } from 'node:readline';
import { loadContent } from '../src/content/load-content-node';
import { relevantScreens, type Screen } from '../src/domain/safety';
import { parseArgs, resolveRegionIds } from './cli-regions';

const { json, ids } = parseArgs(process.argv.slice(2));
const content = loadContent();
const known = content.regions.map((r) => r.id);

const toJson = (screens: Screen[]) =>
  screens.map((s) => ({
    id: s.flag.id,
    name: s.flag.name,
    urgency: s.urgency,
    questions: s.flag.questions.map((q) => ({ text: q.text, urgency: q.urgency })),
  }));

function text(screens: Screen[]): string {
  if (screens.length === 0) return '(no safety screen for these regions)';
  return screens
    .map((s, i) => [`${String(i + 1)}. ${s.flag.name} [${s.flag.id}] (most urgent: ${s.urgency})`, ...s.flag.questions.map((q) => `   - (${q.urgency}) ${q.text}`)].join('\n'))
    .join('\n');
}

function run(words: string[]): boolean {
  const resolved = resolveRegionIds(words, known);
  for (const message of resolved.errors) console.error(message);
  const screens = resolved.errors.length ? [] : relevantScreens(resolved.ids, content.redFlags, content.regions.length);
  console.log(json ? JSON.stringify(toJson(screens)) : text(screens));
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
