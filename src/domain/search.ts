import { typoDistance } from '../lib/closest';

/** What the muscle A–Z search looks through, for one muscle. */
export interface Searchable {
  id: string;
  name: string;
  plainName?: string | undefined;
  otherNames: readonly string[];
  /** Names people call the problems it is behind ("tennis elbow"). */
  conditions: readonly string[];
  /** Where it sends pain, in plain words ("heel", "back of knee"). */
  places: readonly string[];
  symptoms: readonly string[];
  /** How often it is the cause: breaks ties, common first. */
  prevalence?: 'common' | 'occasional' | 'rare' | undefined;
}

const PREVALENCE_ORDER = { common: 0, occasional: 1, rare: 2 } as const;
const prevalenceOrder = (e: Searchable) => (e.prevalence ? PREVALENCE_ORDER[e.prevalence] : 1);

export interface SearchHit<T extends Searchable> {
  entry: T;
  /** The other name, condition or place that matched, when the name itself did not. */
  via?: string;
  score: number;
}

/** Lower case, no accents, words separated by single spaces: `normalise("Golfer’s Elbow") // -> "golfer s elbow"`. */
export function normalise(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

const FIELDS = [
  ['name', 6],
  ['otherNames', 5],
  ['plainName', 4],
  ['conditions', 4],
  ['places', 2],
  ['symptoms', 1],
] as const;

/** How many typos a word of this length forgives: none up to 3 letters, one up to 8, two beyond ("headache" never finds "earache"). */
function typosAllowed(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 8 ? 1 : 2;
}

/** Whether a query word matches a text's words: a word starting with it, or one within its typos. */
function wordMatches(token: string, words: readonly string[]): boolean {
  const allowed = typosAllowed(token);
  return words.some((w) => w.startsWith(token) || (allowed > 0 && Math.abs(w.length - token.length) <= allowed && typoDistance(token, w) <= allowed));
}

function texts(entry: Searchable, field: (typeof FIELDS)[number][0]): string[] {
  const value = entry[field];
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

/**
 * The muscles a query finds, best first: by name, other names, plain name, the conditions people call
 * it by, the places it sends pain and its symptoms. Every word of the query must match somewhere; a word
 * forgives one or two typos (`"gastrocnemus"` finds gastrocnemius).
 * `searchMuscles('tennis elbow', entries)[0].entry.id // -> 'extensor-carpi-radialis-brevis'`
 */
export function searchMuscles<T extends Searchable>(query: string, entries: readonly T[]): SearchHit<T>[] {
  const q = normalise(query);
  if (!q) return entries.map((entry) => ({ entry, score: 0 }));
  const tokens = q.split(' ');
  const hits: SearchHit<T>[] = [];
  for (const entry of entries) {
    let score = 0;
    let via: string | undefined;
    let all = true;
    for (const token of tokens) {
      let best = 0;
      for (const [field, weight] of FIELDS) {
        if (weight <= best) continue;
        for (const text of texts(entry, field)) {
          if (wordMatches(token, normalise(text).split(' '))) {
            best = weight;
            if (field !== 'name') via ??= text;
            break;
          }
        }
      }
      if (best === 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (!all) continue;
    // The whole query as a phrase ("tennis elbow", not just "tennis" and "elbow" apart) counts double.
    for (const [field, weight] of FIELDS) {
      const phrase = texts(entry, field).find((t) => normalise(t).includes(q));
      if (phrase) {
        score += weight * tokens.length;
        if (field !== 'name') via = phrase;
        break;
      }
    }
    hits.push({ entry, score, ...(via !== undefined && !normalise(entry.name).includes(q) ? { via } : {}) });
  }
  return hits.sort((a, b) => b.score - a.score || prevalenceOrder(a.entry) - prevalenceOrder(b.entry) || a.entry.name.localeCompare(b.entry.name));
}

/**
 * For a search that finds nothing: the muscles whose names or conditions are nearest to the query, only
 * when they are near (at most a third of the query's letters differ); nonsense gets no suggestions.
 */
export function nearestMuscles<T extends Searchable>(query: string, entries: readonly T[], count = 3): T[] {
  const q = normalise(query);
  const limit = Math.max(1, Math.floor(q.length / 3));
  return entries
    .map((entry) => ({
      entry,
      d: Math.min(...[entry.name, ...entry.otherNames, ...entry.conditions].map((t) => typoDistance(q, normalise(t)))),
    }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.entry.name.localeCompare(b.entry.name))
    .slice(0, count)
    .map((x) => x.entry);
}
