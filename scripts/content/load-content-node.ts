import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ContentError, validateContent, type Content, type RawFile } from './validate-content';

/** The repository's data/ folder. */
export const dataDir = resolve(import.meta.dirname, '../../data');

function readJson(dir: string, path: string, problems: string[]): RawFile {
  // Messages always read "data/...", whichever folder was loaded.
  const shown = join('data', relative(dir, path));
  try {
    return { path: shown, data: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    problems.push(`${shown}: (file): ${error instanceof Error ? error.message : String(error)}`);
    return { path: shown, data: undefined };
  }
}

/** A muscle file's name: its id (a kebab-case slug) and `.json`, all in lower case. */
const MUSCLE_FILE = /^[a-z0-9]+(-[a-z0-9]+)*\.json$/;

/**
 * The files in data/muscles/ to read. Anything else there is a problem, not skipped: a `Soleus.JSON`
 * left out without a word would silently drop a muscle.
 */
export function muscleFileNames(names: readonly string[], problems: string[]): string[] {
  for (const name of names.filter((n) => !MUSCLE_FILE.test(n))) {
    const lower = name.toLowerCase();
    const hint = MUSCLE_FILE.test(lower) ? `; rename it ${lower}` : '';
    problems.push(`data/muscles/${name}: (file): not read: every file here must be named <muscle-id>.json, in lower case${hint}`);
  }
  return names.filter((n) => MUSCLE_FILE.test(n)).sort();
}

/** Reads and validates everything under data/ (Node only: the CLI, tests and the build). */
export function loadContent(dir: string = dataDir): Content {
  const problems: string[] = [];
  const muscleDir = join(dir, 'muscles');
  const muscleFiles = muscleFileNames(readdirSync(muscleDir), problems);
  const raw = {
    regions: readJson(dir, join(dir, 'regions.json'), problems),
    redFlags: readJson(dir, join(dir, 'red-flags.json'), problems),
    countries: readJson(dir, join(dir, 'emergency-numbers.json'), problems),
    firstCheck: readJson(dir, join(dir, 'first-check.json'), problems),
    muscles: muscleFiles.map((f) => readJson(dir, join(muscleDir, f), problems)).filter((f) => f.data !== undefined),
  };
  if (problems.length) throw new ContentError(problems);
  return validateContent(raw);
}
