import { describe, expect, it } from 'vitest';
import { shownText } from './shown-text';

const R = '\uFFFD';

describe('shownText', () => {
  it.each([
    ['plain text', 'nowhere-left', 'nowhere-left'],
    ['a right-to-left override', '\u202Eevil', `${R}evil`],
    ['every direction control', 'a\u200Eb\u200Fc\u202Ad\u202Be\u202Cf\u202Dg\u2066h\u2067i\u2068j\u2069k\u061Cl', `a${R}b${R}c${R}d${R}e${R}f${R}g${R}h${R}i${R}j${R}k${R}l`],
    ['a run of hidden characters, as one mark', 'a\u202E\u2066\u200F\u0000b', `a${R}b`],
    ['C0 controls, DEL and C1 controls', 'a\u0000b\u001B[31mc\u007Fd\u0085e\u009Bf', `a${R}b${R}[31mc${R}d${R}e${R}f`],
    ['newlines, tabs and line separators', 'a\nb\tc\u2028d\u2029e', `a${R}b${R}c${R}d${R}e`],
    ['zero-width and other invisible format characters', 'a\u200Bb\u2060c\uFEFFd\u00ADe', `a${R}b${R}c${R}d${R}e`],
    ['a lone surrogate', 'a\uD800b', `a${R}b`],
    ['emoji joined with ZWJ, kept whole', '👩‍👩‍👧‍👦 ok', '👩‍👩‍👧‍👦 ok'],
    ['a flag made of tag characters, kept whole', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['right-to-left script itself, kept', 'مرحبا', 'مرحبا'],
  ])('replaces what is hidden, keeps what is seen: %s', (_what, text, shown) => {
    expect(shownText(text, 40)).toBe(shown);
  });

  it.each([
    ['a short text, not cut', 'abc', 3, 'abc'],
    ['a long text, cut with an ellipsis', 'EMERGENCY: call 555-0100 now, this is MyoMap', 10, 'EMERGENCY:…'],
    ['emoji outside the first plane, never split into halves', '😀😀😀', 2, '😀😀…'],
    ['emoji with a skin tone, kept with its tone', '👍🏽👍🏽👍🏽', 2, '👍🏽👍🏽…'],
    ['a family emoji, as one character', '👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 1, '👩‍👩‍👧‍👦…'],
    ['a letter with accents as combining marks, as one character', 'e\u0301e\u0301e\u0301', 2, 'e\u0301e\u0301…'],
    ['a letter under a pile of marks, cut to the letter', `a${'\u0301'.repeat(200)}bc`, 40, 'a…'],
  ])('cuts by character as seen: %s', (_what, text, max, shown) => {
    const out = shownText(text, max);
    expect(out).toBe(shown);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('cuts a megabyte quickly', () => {
    const started = performance.now();
    expect(shownText('x'.repeat(1_000_000), 40)).toBe(`${'x'.repeat(40)}…`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
