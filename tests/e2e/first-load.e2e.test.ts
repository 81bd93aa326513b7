// The first-load budget as a deterministic check on the build (`npm run test:e2e` builds first): the
// entry script and the modules dist/index.html preloads with it, gzipped (scripts/first-load.ts).
import { join } from 'node:path';
import { BUDGETS } from '../../scripts/budgets';
import { firstLoad } from '../../scripts/first-load';

describe('the first load', () => {
  it(`stays within ${String(BUDGETS.firstLoadJsGzipKb.max)} kB gzip`, () => {
    const { kb, files } = firstLoad(join(import.meta.dirname, '../../dist'));
    expect(files.length).toBeGreaterThan(0);
    expect(kb).toBeLessThanOrEqual(BUDGETS.firstLoadJsGzipKb.max);
  });
});
