import type { FirstCheckItem } from '../content/schema';

/** The everyone-first answers of this visit: 'none', the id of the item that applies, or null (not answered). */
export interface FirstAnswers {
  firstCheck: string | null;
  /** 16 or older? null when not answered. */
  adult: boolean | null;
}

export type FirstState =
  | { state: 'pending'; /** How many of its two questions are not answered (the checklist, the age). */ missing: 1 | 2 }
  | { state: 'clear' }
  | { state: 'outcome'; item: FirstCheckItem; confirmed: boolean }
  | { state: 'under16' };

/** The key under which a clinician's check of a first-check outcome is confirmed: `firstKey('breathing') // -> 'first/breathing'`. */
export function firstKey(itemId: string): string {
  return `first/${itemId}`;
}

/**
 * What the everyone-first screen means for self-care: it holds everything until both parts are answered,
 * while an item that applies is not confirmed as checked, and for anyone under 16.
 * `firstState({ firstCheck: 'none', adult: true }, items, []) // -> { state: 'clear' }`
 */
export function firstState(answers: FirstAnswers, items: readonly FirstCheckItem[], confirmed: readonly string[]): FirstState {
  const item = answers.firstCheck && answers.firstCheck !== 'none' ? items.find((i) => i.id === answers.firstCheck) : undefined;
  if (item) return { state: 'outcome', item, confirmed: confirmed.includes(firstKey(item.id)) };
  // An id the data no longer has is not an answer.
  if (answers.firstCheck !== 'none' || answers.adult === null) {
    return { state: 'pending', missing: answers.firstCheck !== 'none' && answers.adult === null ? 2 : 1 };
  }
  return answers.adult ? { state: 'clear' } : { state: 'under16' };
}

/** Whether the everyone-first answers hold back all self-care. */
export function firstHoldsAll(s: FirstState): boolean {
  return s.state === 'pending' || s.state === 'under16' || (s.state === 'outcome' && !s.confirmed);
}
