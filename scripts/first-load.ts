// The first load, read from the build output (no network): the entry script and the modules that
// dist/index.html preloads with it, gzipped at level 9. What loads later (on a tap, or when the page
// is idle after the first paint, app/warm-up.ts) is not part of it. `npm run bench` and the build test
// (tests/build/first-load.test.ts) use this one definition.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  /** Gzip kilobytes (1,000 bytes), to two decimals. */
  kb: number;
  /** The files, as the page names them (`/assets/index-….js`). */
  files: string[];
}

export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  if (!files.some((f) => /\/index-[^/]+\.js$/.test(f))) throw new Error(`No entry script in ${join(dist, 'index.html')}`);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return { kb: Math.round(bytes / 10) / 100, files };
}
