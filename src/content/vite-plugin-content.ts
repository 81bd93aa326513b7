import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataDir, loadContent } from './load-content-node';

const INDEX_ID = 'virtual:myomap-content';
const MUSCLE_PREFIX = 'virtual:myomap-muscle/';
const SAFETY_URL_ID = 'virtual:myomap-safety-url';
/** Where the dev server serves the safety data (a build emits it as a hashed asset instead). */
const DEV_SAFETY_PATH = '/@myomap/safety.json';
const DIRECTORY_ID = 'virtual:myomap-muscle-directory';
const LOADERS_ID = 'virtual:myomap-muscle-loaders';
const PLAIN_NAMES_ID = 'virtual:myomap-plain-names';

/** The safety data as the browser fetches it: red flags and gates, the first check, and each country's numbers. */
function safetyJson(content: ReturnType<typeof loadContent>): string {
  const countries = content.countries.map(({ code, name, emergency, urgent, crisis, timeZones }) => ({ code, name, emergency, urgent, crisis, timeZones }));
  return JSON.stringify({ version: 1, gates: content.gates, redFlags: content.redFlags, firstCheck: content.firstCheck, countries });
}

/**
 * Validates data/ at build time and serves it to the browser as virtual modules: a small index
 * (regions, muscle summaries) for the first load, the safety data as a hashed JSON file fetched on the first
 * selection, and one lazily loaded module per muscle, found through a lazily loaded table of loaders.
 * The browser therefore ships no validation library; a data error fails the build.
 */
export function contentPlugin(): Plugin {
  let cached: ReturnType<typeof loadContent> | undefined;
  let serving = false;
  const load = () => (cached ??= loadContent());
  return {
    name: 'myomap-content',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use(DEV_SAFETY_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(safetyJson(load()));
      });
    },
    watchChange(id) {
      if (id.startsWith(dataDir)) cached = undefined;
    },
    resolveId(id) {
      if (id === INDEX_ID || id === SAFETY_URL_ID || id === DIRECTORY_ID || id === LOADERS_ID || id === PLAIN_NAMES_ID || id.startsWith(MUSCLE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:myomap-')) return undefined;
      const content = load();
      this.addWatchFile(join(dataDir, 'regions.json'));
      for (const file of ['red-flags.json', 'emergency-numbers.json', 'first-check.json']) this.addWatchFile(join(dataDir, file));
      for (const m of content.muscles) this.addWatchFile(join(dataDir, 'muscles', `${m.id}.json`));
      if (id === `\0${INDEX_ID}`) {
        const summaries = content.muscles.map((m) => ({
          id: m.id,
          name: m.name,
          prevalence: m.prevalence,
          referral: { primary: m.referral.primary, secondary: m.referral.secondary, bothSides: m.referral.bothSides, leadingFor: m.referral.leadingFor },
        }));
        const regions = content.regions.map((r) => ({ id: r.id, area: r.area, label: r.label, side: r.side, view: r.view }));
        return [
          `export const regions = ${JSON.stringify(regions)};`,
          `export const muscles = ${JSON.stringify(summaries)};`,
        ].join('\n');
      }
      if (id === `\0${LOADERS_ID}`) {
        // Its own lazy module: the 112 chunk names are not part of the first load.
        const loaders = content.muscles.map((m) => `${JSON.stringify(m.id)}: () => import(${JSON.stringify(MUSCLE_PREFIX + m.id)})`);
        return `export default {\n${loaders.join(',\n')}\n};`;
      }
      if (id === `\0${PLAIN_NAMES_ID}`) {
        // The results' plain names load with the first mark, not in the first load.
        return `export default ${JSON.stringify(Object.fromEntries(content.muscles.filter((m) => m.plainName).map((m) => [m.id, m.plainName])))};`;
      }
      if (id === `\0${SAFETY_URL_ID}`) {
        // Plain JSON fetched on demand, so a failed load is handled where it happens and "Try again" really retries.
        if (serving) return `export default ${JSON.stringify(DEV_SAFETY_PATH)};`;
        const ref = this.emitFile({ type: 'asset', name: 'safety.json', source: safetyJson(content) });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
      if (id === `\0${DIRECTORY_ID}`) {
        const label = new Map(content.regions.map((r) => [r.area, r.label.replace(/, (left|right)$/, '')]));
        const entries = content.muscles.map((m) => ({
          id: m.id,
          name: m.name,
          plainName: m.plainName,
          otherNames: m.otherNames,
          conditions: m.conditions,
          places: m.referral.primary.map((a) => label.get(a) ?? a),
          symptoms: m.symptoms,
          prevalence: m.prevalence,
          bodyPart: m.bodyPart,
        }));
        return `export default ${JSON.stringify(entries)};`;
      }
      const muscleId = id.slice(`\0${MUSCLE_PREFIX}`.length);
      const muscle = content.muscles.find((m) => m.id === muscleId);
      if (!muscle) throw new Error(`No muscle "${muscleId}" in data/muscles`);
      // Similarity is shown both ways: this page also lists the muscles that name this one (docs/coverage.md).
      const namedBy = content.muscles.filter((m) => m.similarMuscles.includes(muscle.id)).map((m) => m.id);
      return `export default ${JSON.stringify(muscle)};\nexport const namedAsSimilarBy = ${JSON.stringify(namedBy)};`;
    },
  };
}
