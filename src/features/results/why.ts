import type { MatchKind } from '../../domain/rank';
import type { Prevalence } from '../../content/schema';

const VERB: Record<Prevalence, string> = { common: 'commonly', occasional: 'sometimes', rare: 'can, though rarely,' };

/** "a", "a and b", "a, b and c"; `joinWords(['a', 'b'], 'or') // -> 'a or b'`. */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/**
 * A map label as a sentence says it: `inSentence('back of knee') // -> 'back of the knee'`,
 * 'forearm, palm side' -> 'palm side of the forearm', 'wrist, back of hand side' -> 'back of the wrist'.
 */
export function inSentence(label: string): string {
  return label
    .replace(/^(\w+), palm side$/, 'palm side of the $1')
    .replace(/^(\w+), back of hand side$/, 'back of the $1')
    .replace(/\b(back|front|side|top|point|ball|arch|underside) of (?!the )/, '$1 of the ');
}

/**
 * Region labels as a sentence's places: the side is dropped, a place marked on both sides is named
 * once, and each is worded for a sentence (inSentence) with its article, so a label that has "and" in it
 * stays one place in a list:
 * `places(['heel, right', 'heel, left', 'back of knee, left']) // -> ['the heel (both sides)', 'the back of the knee']`.
 */
export function places(labels: readonly string[]): string[] {
  const bare = labels.map((l) => inSentence(l.replace(/, (left|right)$/, '')));
  const counts = new Map<string, number>();
  for (const b of bare) counts.set(b, (counts.get(b) ?? 0) + 1);
  return [...new Set(bare)].map((b) => `${b.startsWith('between ') ? 'the area ' : 'the '}${b}${(counts.get(b) ?? 0) > 1 ? ' (both sides)' : ''}`);
}

/** "this muscle", or "these" for a plain name whose head word is plural ("small muscles just below the skull"). */
function demonstrative(plainName: string): string {
  return /^(?:(?!of\b)\w+ )*muscles\b/.test(plainName) ? 'these' : 'this';
}

/** How many marked places a row explains, in plain counts: "Explains both places", not "all 2". */
export function countText(explained: number, total: number): string {
  if (explained < total) return `Explains ${String(explained)} of ${String(total)} places.`;
  return total === 1 ? 'Explains this place.' : total === 2 ? 'Explains both places.' : `Explains all ${String(total)} places.`;
}

/** Missed places are named one by one only up to this many; beyond it, a count says how many. */
const MISSED_NAMED = 3;

/**
 * Why a muscle is listed, generated from the engine's matches and the data, never written per muscle:
 * "Trigger points in this deep calf muscle commonly send pain to the heel, and can spill over to the
 * back of the knee. Not the shin."
 */
export function referralText(
  row: { selected: readonly string[]; matches: readonly MatchKind[] },
  muscle: { plainName?: string | undefined; prevalence: Prevalence },
  regionLabel: (regionId: string) => string,
): string {
  const main: string[] = [];
  const spill: string[] = [];
  const missedIds: string[] = [];
  // Every row is re-worded on every tap: places it doesn't explain are named only when few.
  row.selected.forEach((id, j) => {
    const kind = row.matches[j];
    if (kind === 'primary') main.push(regionLabel(id));
    else if (kind === 'secondary') spill.push(regionLabel(id));
    else missedIds.push(id);
  });
  const missed = missedIds.length <= MISSED_NAMED ? missedIds.map(regionLabel) : missedIds;
  const what = `${demonstrative(muscle.plainName ?? '')} ${muscle.plainName ?? 'muscle'}`;
  const parts: string[] = [];
  if (main.length) {
    parts.push(
      `Trigger points in ${what} ${VERB[muscle.prevalence]} send pain to ${joinWords(places(main))}${spill.length ? `, and can spill over to ${joinWords(places(spill))}` : ''}.`,
    );
  } else {
    parts.push(`Trigger points in ${what} can spill over to ${joinWords(places(spill))}, though that is not their main pain area.`);
  }
  if (missed.length) parts.push(missed.length <= MISSED_NAMED ? `Not ${joinWords(places(missed), 'or')}.` : `Not the other ${String(missed.length)} places.`);
  return parts.join(' ');
}
