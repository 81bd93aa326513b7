/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Values longer than this get no suggestions: no id is that long, and the search grows with the length (1 MB took 8 s). */
export const CLOSEST_MAX_LENGTH = 100;

/**
 * The `count` known values nearest to `value` by edit distance (ties by name), none for a value over
 * CLOSEST_MAX_LENGTH: `closest('knee-bak', ids, 1) // ['knee-back-...']`.
 */
export function closest(value: string, known: readonly string[], count: number): string[] {
  if (value.length > CLOSEST_MAX_LENGTH) return [];
  return [...known]
    .map((k) => ({ k, d: editDistance(value, k) }))
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, count)
    .map((x) => x.k);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one typo (optimal string alignment):
 * `typoDistance('alpah', 'alpha') // -> 1` where editDistance gives 2.
 */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] ?? [];
      const up = d[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}
