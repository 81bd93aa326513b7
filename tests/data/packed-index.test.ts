// @vitest-environment node
import { expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content-node';
import { indexModule } from '../../scripts/content/vite-plugin-content';

it('packs the first-load index without changing a single region or muscle summary', () => {
  const content = loadContent();
  const code = indexModule(content).replaceAll('export const ', 'const ');
  // Evaluating our own generated module text, to compare what the browser gets with the data.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function(`${code}\nreturn { regions, muscles };`) as () => { regions: unknown; muscles: unknown };
  const unpacked = run();
  expect(unpacked.regions).toEqual(content.regions.map((r) => ({ id: r.id, area: r.area, label: r.label, side: r.side, view: r.view })));
  expect(unpacked.muscles).toEqual(
    content.muscles.map((m) => ({
      id: m.id,
      name: m.name,
      prevalence: m.prevalence,
      referral: { primary: m.referral.primary, secondary: m.referral.secondary, bothSides: m.referral.bothSides, leadingFor: m.referral.leadingFor },
      ...(m.sensations ? { sensations: { kinds: m.sensations.kinds } } : {}),
    })),
  );
});
