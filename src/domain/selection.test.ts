import { describe, expect, it } from 'vitest';
import { MAX_IDS, parseSelection, selectionSearch, toggleRegion } from './selection';
import type { RegionId } from '../content/schema';

const known = new Set(['knee-back-right', 'calf-upper-right', 'heel-left']);

const many = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(',');

describe('parseSelection', () => {
  it.each([
    ['nothing', null, [], []],
    ['an empty value', '', [], []],
    ['two places', 'knee-back-right,calf-upper-right', ['knee-back-right', 'calf-upper-right'], []],
    ['empty parts, spaces and a repeat', 'knee-back-right,,knee-back-right, heel-left ', ['knee-back-right', 'heel-left'], []],
    ['only commas and spaces', ' , ,,  ,', [], []],
    ['script-like text', 'knee-back-right,nope,<script>alert(1)</script>', ['knee-back-right'], ['nope', '<script>alert(1)</script>']],
    ['broken encoding', '\uFFFD%E0,heel-left', ['heel-left'], ['\uFFFD%E0']],
    ['a repeated unknown part', 'nope,heel-left,nope', ['heel-left'], ['nope']],
    ['a direction override, kept as given for the notice to clean', '\u202Eevil,heel-left', ['heel-left'], ['\u202Eevil']],
    ['a place id with a hidden mark, which is not that place', 'heel-left\u200E', [], ['heel-left\u200E']],
  ])('reads %s', (_what, raw, ids, unknown) => {
    expect(parseSelection(raw, known)).toEqual({ ids, unknown, unread: 0 });
  });

  it.each([
    ['one r', ['knee-back-right,heel-left'], ['knee-back-right', 'heel-left'], []],
    ['several r, in order', ['knee-back-right', 'nope,heel-left', 'calf-upper-right'], ['knee-back-right', 'heel-left', 'calf-upper-right'], ['nope']],
    ['a repeat across two r', ['heel-left', 'heel-left,knee-back-right'], ['heel-left', 'knee-back-right'], []],
    ['an empty r among others', ['', 'heel-left', ','], ['heel-left'], []],
    ['no r at all', [], [], []],
  ])('reads every r of a link: %s', (_what, values, ids, unknown) => {
    expect(parseSelection(values, known)).toEqual({ ids, unknown, unread: 0 });
  });

  it('reads the r values URLSearchParams.getAll gives, %2C included', () => {
    const values = new URLSearchParams('?r=knee-back-right%2Cnope&side=left&r=heel-left').getAll('r');
    expect(parseSelection(values, known)).toEqual({ ids: ['knee-back-right', 'heel-left'], unknown: ['nope'], unread: 0 });
  });

  it.each([
    // [what, raw, ids, how many unknown parts are read, how many are left unread]
    ['5,000 commas before a place', `${','.repeat(5000)}knee-back-right`, ['knee-back-right'], 0, 0],
    ['5,000 repeats before a place', `${many(5000, () => 'nope')},knee-back-right`, ['knee-back-right'], 1, 0],
    ['exactly the cap', many(MAX_IDS, (i) => `x${String(i)}`), [], MAX_IDS, 0],
    ['one past the cap', many(MAX_IDS + 1, (i) => `x${String(i)}`), [], MAX_IDS, 1],
    ['a place after the cap', `${many(MAX_IDS, (i) => `x${String(i)}`)},heel-left`, [], MAX_IDS, 1],
    ['a place before the cap', `heel-left,${many(MAX_IDS, (i) => `x${String(i)}`)}`, ['heel-left'], MAX_IDS - 1, 1],
    ['repeats and blanks after the cap, counted once', `${many(MAX_IDS, (i) => `x${String(i)}`)},a,,a,x0,b, a ,b`, [], MAX_IDS, 2],
    ['5,000 distinct parts', many(5000, (i) => `x${String(i)}`), [], MAX_IDS, 5000 - MAX_IDS],
  ])('caps at MAX_IDS distinct parts and counts the rest correctly: %s', (_what, raw, ids, unknown, unread) => {
    const parsed = parseSelection(raw, known);
    expect(parsed.ids).toEqual(ids);
    expect(parsed.unknown).toHaveLength(unknown);
    expect(parsed.unread).toBe(unread);
  });

  it('spreads the cap over several r', () => {
    const parsed = parseSelection([many(MAX_IDS - 1, (i) => `x${String(i)}`), 'heel-left,knee-back-right', 'nope'], known);
    expect(parsed).toMatchObject({ ids: ['heel-left'], unread: 2 });
  });
});

describe('selectionSearch and toggleRegion', () => {
  it('writes plain commas', () => {
    expect(selectionSearch(['knee-back-right', 'calf-upper-right'] as RegionId[])).toBe('?r=knee-back-right,calf-upper-right');
    expect(selectionSearch([])).toBe('');
  });

  it('adds at the end and removes in place', () => {
    const a = ['knee-back-right'] as RegionId[];
    expect(toggleRegion(a, 'heel-left' as RegionId)).toEqual(['knee-back-right', 'heel-left']);
    expect(toggleRegion(['knee-back-right', 'heel-left'] as RegionId[], 'knee-back-right' as RegionId)).toEqual(['heel-left']);
  });
});
