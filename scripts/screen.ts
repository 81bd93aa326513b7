// `npm run screen -- chest-upper-left upper-arm-inner-left [--json]`: the safety screens for a selection,
// most relevant first. Same id and exit-code rules as `npm run rank`; with no ids it reads stdin.
import { loadContent } from '../src/content/load-content-node';
import { relevantScreens, type Screen } from '../src/domain/safety';
import { runRegionCli } from './cli-regions';

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

await runRegionCli(process.argv.slice(2), known, (ids) => relevantScreens(ids, content.redFlags, content.regions.length), { json: toJson, text: text });
