import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dataDir, loadContent } from './load-content-node';

const INDEX_ID = 'virtual:myomap-content';
const MUSCLE_PREFIX = 'virtual:myomap-muscle/';

/**
 * Validates data/ at build time and serves it to the browser as virtual modules: a small index
 * (regions, muscle summaries, red flags) for the first load, and one lazily loaded module per muscle.
 * The browser therefore ships no validation library; a data error fails the build.
 */
export function contentPlugin(): Plugin {
  let cached: ReturnType<typeof loadContent> | undefined;
  return {
    name: 'myomap-content',
    watchChange(id) {
      if (id.startsWith(dataDir)) cached = undefined;
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(MUSCLE_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:myomap-')) return undefined;
      const content = (cached ??= loadContent());
      this.addWatchFile(join(dataDir, 'regions.json'));
      this.addWatchFile(join(dataDir, 'red-flags.json'));
      for (const m of content.muscles) this.addWatchFile(join(dataDir, 'muscles', `${m.id}.json`));
      if (id === `\0${INDEX_ID}`) {
        const summaries = content.muscles.map((m) => ({
          id: m.id,
          name: m.name,
          otherNames: m.otherNames,
          bodyPart: m.bodyPart,
          prevalence: m.prevalence,
          referral: { primary: m.referral.primary, secondary: m.referral.secondary, bothSides: m.referral.bothSides, leadingFor: m.referral.leadingFor },
        }));
        const loaders = content.muscles
          .map((m) => `${JSON.stringify(m.id)}: () => import(${JSON.stringify(MUSCLE_PREFIX + m.id)}).then((x) => x.default)`)
          .join(',\n');
        // Similarity is shown both ways: B's page also lists A when A names B (see docs/coverage.md).
        const namedBy: Record<string, string[]> = {};
        for (const m of content.muscles) for (const other of m.similarMuscles) (namedBy[other] ??= []).push(m.id);
        return [
          `export const namedAsSimilarBy = ${JSON.stringify(namedBy)};`,
          `export const regions = ${JSON.stringify(content.regions)};`,
          `export const muscles = ${JSON.stringify(summaries)};`,
          `export const redFlags = ${JSON.stringify(content.redFlags)};`,
          `export const muscleLoaders = {\n${loaders}\n};`,
        ].join('\n');
      }
      const muscleId = id.slice(`\0${MUSCLE_PREFIX}`.length);
      const muscle = content.muscles.find((m) => m.id === muscleId);
      if (!muscle) throw new Error(`No muscle "${muscleId}" in data/muscles`);
      return `export default ${JSON.stringify(muscle)};`;
    },
  };
}
