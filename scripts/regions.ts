// `npm run regions [-- --json]`: the body regions of data/regions.json.
import { loadContent } from '../src/content/load-content-node';

const { regions } = loadContent();
if (process.argv.includes('--json')) console.log(JSON.stringify(regions, null, 2));
else for (const r of regions) console.log(`${r.id.padEnd(32)} ${r.label}`);
