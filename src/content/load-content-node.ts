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

/** Reads and validates everything under data/ (Node only: the CLI, tests and the build). */
export function loadContent(dir: string = dataDir): Content {
  const problems: string[] = [];
  const muscleDir = join(dir, 'muscles');
  const muscleFiles = readdirSync(muscleDir).filter((f) => f.endsWith('.json')).sort();
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
