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
const ROW_EXTRAS_ID = 'virtual:myomap-row-extras';

/**
 * The first load's index (regions and muscle summaries), packed: each area is written once and referred
 * to by number, and a region's id and label are rebuilt from its area and side (checked here, so the
 * packing can never change what the browser gets). About a kilobyte less, gzipped, than plain objects.
 */
export function indexModule(content: ReturnType<typeof loadContent>): string {
  const areas = [...new Set(content.regions.map((r) => r.area))];
  const areaNo = new Map<string, number>(areas.map((a, i) => [a, i]));
  const VIEWS = ['front', 'back', 'soles'] as const;
  const PREVALENCE = ['common', 'occasional', 'rare'] as const;
  const areaLabel = new Map<string, string>();
  const areaView = new Map<string, string>();
  for (const r of content.regions) {
    const id = r.side === 'midline' ? r.area : `${r.area}-${r.side}`;
    const base = r.side === 'midline' ? r.label : r.label.slice(0, -`, ${r.side}`.length);
    if (id !== r.id || (r.side !== 'midline' && !r.label.endsWith(`, ${r.side}`)) || (areaLabel.get(r.area) ?? base) !== base || (areaView.get(r.area) ?? r.view) !== r.view) {
      throw new Error(`regions.json: "${r.id}" breaks the packing rule (id = area-side, label = "area label, side", one view per area)`);
    }
    areaLabel.set(r.area, base);
    areaView.set(r.area, r.view);
  }
  // Each area's sides as letters ("lr", "m"), in the order of regions.json, and each area's view as a digit.
  const sidesOf = areas.map((a) => content.regions.filter((r) => r.area === a).map((r) => r.side[0]).join(''));
  const rebuilt = areas.flatMap((a, i) => Array.from(sidesOf[i] ?? '', (c) => `${a}:${c}`));
  if (rebuilt.join() !== content.regions.map((r) => `${r.area}:${r.side[0]}`).join()) {
    throw new Error('regions.json: the regions of one area must follow one another for the packed index');
  }
  const views = areas.map((a) => VIEWS.indexOf(areaView.get(a) as (typeof VIEWS)[number])).join('');
  const nums = (list: readonly string[]) => list.map((a) => areaNo.get(a));
  // A name is written only when it is not the id in words ("upper-trapezius" -> "Upper trapezius").
  const nameFromId = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');
  const muscles = content.muscles.map((m) => {
    const entry: unknown[] = [
      m.id,
      m.name === nameFromId(m.id) ? 0 : m.name,
      PREVALENCE.indexOf(m.prevalence),
      nums(m.referral.primary),
      nums(m.referral.secondary),
      // Most muscles have no both-sides areas, no leading-cause areas and no sensations: an empty one is
      // 0, and empty ones at the end are left out.
      m.referral.bothSides.length ? nums(m.referral.bothSides) : 0,
      m.referral.leadingFor.length ? nums(m.referral.leadingFor) : 0,
      m.sensations ? m.sensations.kinds : 0,
    ];
    while (entry.length > 5 && entry.at(-1) === 0) entry.pop();
    return entry;
  });
  return [
    `const A = ${JSON.stringify(areas)}, L = ${JSON.stringify(areas.map((a) => areaLabel.get(a)))};`,
    `const S = { l: 'left', r: 'right', m: 'midline' }, V = ${JSON.stringify(VIEWS)}, P = ${JSON.stringify(PREVALENCE)};`,
    'const at = (list) => list.map((i) => A[i]);',
    `export const regions = ${JSON.stringify(sidesOf.join(','))}.split(',').flatMap((sides, a) => [...sides].map((c) => { const side = S[c]; return { id: side === 'midline' ? A[a] : A[a] + '-' + side, area: A[a], label: side === 'midline' ? L[a] : L[a] + ', ' + side, side, view: V[${JSON.stringify(views)}[a]] }; }));`,
    `export const muscles = ${JSON.stringify(muscles)}.map(([id, name, p, a, b, c, d, k]) => ({ id, name: name || id[0].toUpperCase() + id.slice(1).replaceAll('-', ' '), prevalence: P[p], referral: { primary: at(a), secondary: at(b), bothSides: at(c || []), leadingFor: at(d || []) }, ...(k ? { sensations: { kinds: k } } : {}) }));`,
  ].join('\n');
}

/** The muscle A–Z's entries: what its search looks through (names, conditions, places, symptoms). */
export function directoryEntries(content: ReturnType<typeof loadContent>) {
  const label = new Map(content.regions.map((r) => [r.area, r.label.replace(/, (left|right)$/, '')]));
  return content.muscles.map((m) => ({
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
}

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
      if (id === INDEX_ID || id === SAFETY_URL_ID || id === DIRECTORY_ID || id === LOADERS_ID || id === ROW_EXTRAS_ID || id.startsWith(MUSCLE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:myomap-')) return undefined;
      const content = load();
      this.addWatchFile(join(dataDir, 'regions.json'));
      for (const file of ['red-flags.json', 'emergency-numbers.json', 'first-check.json']) this.addWatchFile(join(dataDir, file));
      for (const m of content.muscles) this.addWatchFile(join(dataDir, 'muscles', `${m.id}.json`));
      if (id === `\0${INDEX_ID}`) return indexModule(content);
      if (id === `\0${LOADERS_ID}`) {
        // Its own lazy module: the 112 chunk names are not part of the first load.
        const loaders = content.muscles.map((m) => `${JSON.stringify(m.id)}: () => import(${JSON.stringify(MUSCLE_PREFIX + m.id)})`);
        return `export default {\n${loaders.join(',\n')}\n};`;
      }
      if (id === `\0${ROW_EXTRAS_ID}`) {
        // What the result rows add to the index, loaded with the first mark, not in the first load:
        // plain names, and where the trigger points are (for "show on my map").
        const names = Object.fromEntries(content.muscles.map((m) => [m.id, m.plainName]));
        const triggerPoints = Object.fromEntries(content.muscles.map((m) => [m.id, [...new Set(m.triggerPoints.map((t) => t.area))]]));
        return `export default ${JSON.stringify({ names, triggerPoints })};`;
      }
      if (id === `\0${SAFETY_URL_ID}`) {
        // Plain JSON fetched on demand, so a failed load is handled where it happens and "Try again" really retries.
        if (serving) return `export default ${JSON.stringify(DEV_SAFETY_PATH)};`;
        const ref = this.emitFile({ type: 'asset', name: 'safety.json', source: safetyJson(content) });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      }
      if (id === `\0${DIRECTORY_ID}`) {
        const entries = directoryEntries(content);
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
