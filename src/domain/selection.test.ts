import { describe, expect, it } from 'vitest';
import { MAX_IDS, NO_DETAILS, parseSelection, selectionSearch, toggleRegion, withDetail, type Details } from './selection';
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
    expect(parseSelection(raw, known)).toEqual({ ids, details: {}, bad: [], unknown, unread: 0 });
  });

  it.each([
    ['one r', ['knee-back-right,heel-left'], ['knee-back-right', 'heel-left'], []],
    ['several r, in order', ['knee-back-right', 'nope,heel-left', 'calf-upper-right'], ['knee-back-right', 'heel-left', 'calf-upper-right'], ['nope']],
    ['a repeat across two r', ['heel-left', 'heel-left,knee-back-right'], ['heel-left', 'knee-back-right'], []],
    ['an empty r among others', ['', 'heel-left', ','], ['heel-left'], []],
    ['no r at all', [], [], []],
  ])('reads every r of a link: %s', (_what, values, ids, unknown) => {
    expect(parseSelection(values, known)).toEqual({ ids, details: {}, bad: [], unknown, unread: 0 });
  });

  it('reads the r values URLSearchParams.getAll gives, %2C included', () => {
    const values = new URLSearchParams('?r=knee-back-right%2Cnope&side=left&r=heel-left').getAll('r');
    expect(parseSelection(values, known)).toEqual({ ids: ['knee-back-right', 'heel-left'], details: {}, bad: [], unknown: ['nope'], unread: 0 });
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

const id = (x: string) => x as RegionId;

describe('a place with its pain level and kind', () => {
  it.each([
    ['a level and a kind', 'knee-back-right:7:cramping', { 'knee-back-right': { intensity: 7, kind: 'cramping' } }],
    ['a level only', 'knee-back-right:8', { 'knee-back-right': { intensity: 8 } }],
    ['a kind only, level left empty', 'heel-left::burning', { 'heel-left': { intensity: 5, kind: 'burning' } }],
    ['a kind only, in the level\'s place', 'heel-left:numbness', { 'heel-left': { intensity: 5, kind: 'numbness' } }],
    ['the lowest and highest levels', 'heel-left:1,knee-back-right:10', { 'heel-left': { intensity: 1 }, 'knee-back-right': { intensity: 10 } }],
    ['level 5 and no kind, which is nothing said', 'heel-left:5,knee-back-right:', {}],
    ['a kind in capitals', 'heel-left::Tingling', { 'heel-left': { intensity: 5, kind: 'tingling' } }],
  ])('reads %s', (_what, raw, details) => {
    const parsed = parseSelection(raw, known);
    expect(parsed.details).toEqual(details);
    expect(parsed.bad).toEqual([]);
    expect(parsed.unknown).toEqual([]);
  });

  it('still reads old links with bare ids, with no details', () => {
    expect(parseSelection('knee-back-right,calf-upper-right', known)).toMatchObject({ ids: ['knee-back-right', 'calf-upper-right'], details: NO_DETAILS, bad: [] });
  });

  it.each([
    ['a level past 10', 'knee-back-right:12:cramping', { intensity: 5, kind: 'cramping' }, [{ field: 'intensity', text: '12' }]],
    ['a level of 0', 'knee-back-right:0', undefined, [{ field: 'intensity', text: '0' }]],
    ['a level with a leading zero', 'knee-back-right:07', undefined, [{ field: 'intensity', text: '07' }]],
    ['a fraction', 'knee-back-right:7.5', undefined, [{ field: 'intensity', text: '7.5' }]],
    ['a kind MyoMap does not offer', 'knee-back-right:7:stabbing', { intensity: 7 }, [{ field: 'kind', text: 'stabbing' }]],
    ['both wrong', 'knee-back-right:x:y', undefined, [{ field: 'intensity', text: 'x' }, { field: 'kind', text: 'y' }]],
    ['one part too many', 'knee-back-right:7:cramping:extra', { intensity: 7 }, [{ field: 'kind', text: 'cramping:extra' }]],
  ])('keeps the place and names what was not understood: %s', (_what, raw, detail, bad) => {
    const parsed = parseSelection(raw, known);
    expect(parsed.ids).toEqual(['knee-back-right']);
    expect(parsed.details['knee-back-right' as RegionId]).toEqual(detail);
    expect(parsed.bad).toEqual(bad.map((b) => ({ id: 'knee-back-right', ...b })));
  });

  it('reads a place once: the first mention wins, details and all', () => {
    const parsed = parseSelection('knee-back-right:7,knee-back-right:2:sharp,knee-back-right', known);
    expect(parsed).toMatchObject({ ids: ['knee-back-right'], details: { 'knee-back-right': { intensity: 7 } }, bad: [], unknown: [] });
  });

  it('counts a place with details once towards the cap', () => {
    const parsed = parseSelection(`heel-left:9,heel-left:3,${many(MAX_IDS - 1, (i) => `x${String(i)}`)},knee-back-right:7`, known);
    expect(parsed).toMatchObject({ ids: ['heel-left'], details: { 'heel-left': { intensity: 9 } }, unread: 1 });
  });

  it('leaves an unknown place with details out, quoted whole', () => {
    expect(parseSelection('nowhere:7:cramping,heel-left', known)).toMatchObject({ ids: ['heel-left'], unknown: ['nowhere:7:cramping'] });
  });

  it.each([
    ['knee-back-right:7:cramping,calf-upper-right'],
    ['heel-left::burning'],
    ['heel-left:8'],
    ['heel-left:10:tingling,knee-back-right:1'],
  ])('writes back what it reads: %s', (raw) => {
    const parsed = parseSelection(raw, known);
    expect(selectionSearch(parsed.ids, parsed.details)).toBe(`?r=${raw}`);
  });

  it('writes only places whose values differ from the default', () => {
    const details: Details = { [id('heel-left')]: { intensity: 9, kind: 'numbness' } };
    expect(selectionSearch([id('knee-back-right'), id('heel-left')], details)).toBe('?r=knee-back-right,heel-left:9:numbness');
  });
});

describe('withDetail', () => {
  it('returns the same object when nothing changes, so a click that sets nothing re-renders nothing', () => {
    const d = withDetail(NO_DETAILS, id('heel-left'), { intensity: 7 });
    expect(withDetail(d, id('heel-left'), { intensity: 7 })).toBe(d);
    expect(withDetail(d, id('knee-back-right'), undefined)).toBe(d);
    expect(withDetail(NO_DETAILS, id('heel-left'), { intensity: 5 })).toBe(NO_DETAILS);
  });

  it('drops a place set back to level 5 with no kind', () => {
    const d = withDetail(NO_DETAILS, id('heel-left'), { intensity: 7 });
    expect(withDetail(d, id('heel-left'), { intensity: 5 })).toBe(NO_DETAILS);
  });

  it('keeps the other places as they were', () => {
    const d = withDetail(withDetail(NO_DETAILS, id('heel-left'), { intensity: 7 }), id('knee-back-right'), { intensity: 5, kind: 'sharp' });
    expect(withDetail(d, id('heel-left'))).toEqual({ 'knee-back-right': { intensity: 5, kind: 'sharp' } });
  });
});
