// How bad a marked place is and what it feels like: plain constants, shared by the link, the engine,
// the safety check and the data schema (no imports, so the first load carries only these few bytes).

/** What a marked place can feel like, in the order the marked-places list offers them. */
export const PAIN_KINDS = ['aching', 'sharp', 'burning', 'cramping', 'numbness', 'tingling'] as const;
export type PainKind = (typeof PAIN_KINDS)[number];

/** The sensations besides pain that a muscle's references can describe (data/muscles `sensations.kinds`). */
export const SENSATION_KINDS = ['numbness', 'tingling', 'burning'] as const;
export type SensationKind = (typeof SENSATION_KINDS)[number];

/** Pain level of a place nobody rated: the middle of 1-10, where the engine weighs a place as it always did. */
export const DEFAULT_INTENSITY = 5;
export const MIN_INTENSITY = 1;
export const MAX_INTENSITY = 10;

/** What the person said about one marked place besides where it is. */
export interface PlaceDetail {
  /** 1-10; DEFAULT_INTENSITY when not said. */
  intensity: number;
  /** Not set until the person picks one. */
  kind?: PainKind;
}

/** Whether a text is one of the pain kinds: `isPainKind('cramping') // -> true`. */
export function isPainKind(text: string): text is PainKind {
  return (PAIN_KINDS as readonly string[]).includes(text);
}
