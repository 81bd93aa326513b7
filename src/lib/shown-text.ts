// Text someone else wrote (a link's unknown ids) is shown only through here, so it can't restyle the
// words around it: no controls, no direction overrides, nothing invisible, and a bounded length.

/**
 * Characters that are invisible or change how the text around them is laid out or read: C0 and C1
 * controls, direction marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–202E,
 * U+2066–2069), other format characters (U+200B, U+2060, U+FEFF, ...), line and paragraph separators,
 * lone surrogates. The joiners U+200C/D and the tag characters stay: emoji and some scripts need them.
 */
const HIDDEN = /(?!\u200C|\u200D|[\u{E0020}-\u{E007F}])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const HIDDEN_RUNS = new RegExp(`(?:${HIDDEN.source})+`, 'gu');

/** More code points than this in one character is no emoji (the longest have 10): stacked marks. */
const MAX_CLUSTER = 12;

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** The characters a person sees (grapheme clusters), or code points where Intl.Segmenter is missing. */
function* characters(text: string): Generator<string> {
  if (!segmenter) {
    yield* text;
    return;
  }
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/**
 * Someone else's text made safe to show inside a sentence: each run of hidden characters becomes one
 * visible U+FFFD (so "heel-left" with a hidden mark can't pass for the real id), and the text is cut
 * after `max` characters as seen, never inside one, with "…" to say so.
 * `shownText('\u202Eevil', 40) // -> '\uFFFDevil'`; `shownText('👍🏽👍🏽👍🏽', 2) // -> '👍🏽👍🏽…'`
 */
export function shownText(text: string, max: number): string {
  const kept: string[] = [];
  let cut = false;
  for (const character of characters(text.replace(HIDDEN_RUNS, '\uFFFD'))) {
    if (kept.length === max) {
      cut = true;
      break;
    }
    const points = Array.from(character);
    if (points.length > MAX_CLUSTER) {
      kept.push(points[0] ?? '');
      cut = true;
      break;
    }
    kept.push(character);
  }
  return kept.join('') + (cut ? '…' : '');
}
