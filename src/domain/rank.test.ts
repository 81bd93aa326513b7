import { describe, expect, it } from 'vitest';
import { buildEngineIndex, rank, regionsOf, strengthOf, type RankableMuscle } from './rank';
import type { AreaId, MuscleId, Region, RegionId } from '../content/schema';

const region = (id: string, area: string, side: Region['side']) => ({ id: id as RegionId, area: area as AreaId, side });
const regions = [
  region('knee-back-left', 'knee-back', 'left'),
  region('knee-back-right', 'knee-back', 'right'),
  region('calf-upper-left', 'calf-upper', 'left'),
  region('calf-upper-right', 'calf-upper', 'right'),
  region('heel-left', 'heel', 'left'),
  region('heel-right', 'heel', 'right'),
  region('sacrum', 'sacrum', 'midline'),
  region('low-back-left', 'low-back', 'left'),
  region('low-back-right', 'low-back', 'right'),
];

const muscle = (id: string, primary: string[], secondary: string[] = [], extra: Partial<RankableMuscle['referral']> = {}, prevalence: RankableMuscle['prevalence'] = 'common'): RankableMuscle => ({
  id: id as MuscleId,
  name: id,
  prevalence,
  referral: { primary: primary as AreaId[], secondary: secondary as AreaId[], bothSides: [], leadingFor: [], ...extra },
});

const index = buildEngineIndex(regions, [
  muscle('knee-only', ['knee-back'], ['calf-upper']),
  muscle('calf-only', ['calf-upper'], ['knee-back']),
  muscle('heel-only', ['heel']),
  muscle('sacral', ['sacrum'], ['low-back']),
  muscle('crossing', ['low-back'], [], { bothSides: ['low-back' as AreaId] }),
]);
const ids = (...xs: string[]) => xs as RegionId[];

describe('rank (fixtures)', () => {
  it('returns no ranking for an empty selection', () => {
    expect(rank([], index)).toEqual([]);
  });

  it('ranks a primary match above a secondary match', () => {
    const result = rank(ids('knee-back-right'), index);
    expect(result.map((c) => c.id)).toEqual(['knee-only', 'calf-only']);
    expect(regionsOf(result[0]!)).toEqual({ 'knee-back-right': 'primary' });
    expect(regionsOf(result[1]!)).toEqual({ 'knee-back-right': 'secondary' });
  });

  it.each([
    ['right', 'knee-back-right'],
    ['left', 'knee-back-left'],
  ])('gives a %s-side candidate for a %s selection', (side, id) => {
    const result = rank(ids(id), index);
    expect(result.every((c) => c.side === side)).toBe(true);
  });

  it('lists both sides when the selection touches both', () => {
    const result = rank(ids('knee-back-right', 'knee-back-left'), index);
    expect(result.filter((c) => c.id === 'knee-only').map((c) => c.side)).toEqual(['right', 'left']);
  });

  it('gives one candidate on side "both" for a midline-only selection', () => {
    const result = rank(ids('sacrum'), index);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ id: 'sacral', side: 'both' });
  });

  it('explains a both-sides area from either side', () => {
    const result = rank(ids('low-back-right'), index);
    expect(result.find((c) => c.id === 'crossing')).toMatchObject({ side: 'both', explained: 1 });
  });

  it('marks selected regions a candidate does not explain as "none"', () => {
    const result = rank(ids('knee-back-right', 'heel-right'), index);
    expect(regionsOf(result.find((c) => c.id === 'knee-only')!)).toEqual({ 'knee-back-right': 'primary', 'heel-right': 'none' });
  });

  it('rewards explaining more of the selection', () => {
    const result = rank(ids('knee-back-right', 'calf-upper-right'), index);
    const single = rank(ids('knee-back-right'), buildEngineIndex(regions, [muscle('knee-only', ['knee-back'])]));
    expect(result[0]?.explained).toBe(2);
    expect(single[0]?.explained).toBe(1);
  });

  it('rewards covering more of the muscle\'s own primary zone', () => {
    const idx = buildEngineIndex(regions, [muscle('one-main', ['heel'], ['knee-back']), muscle('two-main', ['heel', 'knee-back'])]);
    const result = rank(ids('heel-right', 'knee-back-right'), idx);
    expect(result.map((c) => [c.id, c.primaryHits])).toEqual([['two-main', 2], ['one-main', 1]]);
  });

  it('does not penalise a muscle whose several trigger points give it a wide main zone', () => {
    const idx = buildEngineIndex(regions, [muscle('a-wide', ['heel', 'calf-upper', 'knee-back']), muscle('b-narrow', ['heel'])]);
    const [wide, narrow] = rank(ids('heel-right'), idx);
    expect(wide?.score).toBe(narrow?.score);
  });

  it('rewards specific regions (few muscles refer there) over common ones', () => {
    const idx = buildEngineIndex(regions, [
      muscle('a', ['knee-back']),
      muscle('b', ['knee-back']),
      muscle('c', ['knee-back']),
      muscle('rare-zone', ['heel']),
    ]);
    const result = rank(ids('knee-back-right', 'heel-right'), idx);
    expect(result[0]?.id).toBe('rare-zone');
  });

  it('breaks near-ties by how commonly the muscle is the cause, then by id', () => {
    const idx = buildEngineIndex(regions, [muscle('b-rare', ['heel'], [], {}, 'rare'), muscle('a-common', ['heel']), muscle('c-common', ['heel'])]);
    expect(rank(ids('heel-right'), idx).map((c) => c.id)).toEqual(['a-common', 'c-common', 'b-rare']);
  });

  // Tiny spillover zones (docs/engine.md): same main area, same spillover area touched, zones of one vs two areas.
  const tiny = (prevalence: RankableMuscle['prevalence']) => muscle('b-tiny', ['heel'], ['calf-upper'], {}, prevalence);
  const wider = (prevalence: RankableMuscle['prevalence']) => muscle('a-wider', ['heel'], ['calf-upper', 'knee-back'], {}, prevalence);
  const heelCalf = ids('heel-right', 'calf-upper-right');

  it('never lets a rare muscle\'s tiny spillover zone lift it above a more common one on the same fit', () => {
    for (const other of ['occasional', 'common'] as const) {
      const result = rank(heelCalf, buildEngineIndex(regions, [tiny('rare'), wider(other)]));
      expect(result[0]?.selectionFit).toBe(result[1]?.selectionFit);
      expect(result.map((c) => c.id)).toEqual(['a-wider', 'b-tiny']);
    }
  });

  it('lets a drawing that covers an occasional muscle\'s whole spillover zone pass a common one whose spillover runs further', () => {
    expect(rank(heelCalf, buildEngineIndex(regions, [tiny('occasional'), wider('common')])).map((c) => c.id)).toEqual(['b-tiny', 'a-wider']);
  });

  it('ranks first, of two equally common muscles on the same fit, the one whose spillover zone the drawing covers more of', () => {
    const result = rank(heelCalf, buildEngineIndex(regions, [tiny('common'), wider('common')]));
    expect(result.map((c) => [c.id, c.secondaryCoverage])).toEqual([['b-tiny', 1], ['a-wider', 0.5]]);
  });

  it('gives identical output for identical input, whatever the order of the muscles', () => {
    const reversed = buildEngineIndex(regions, [...index.muscles].reverse());
    const sel = ids('knee-back-right', 'calf-upper-right', 'low-back-left');
    expect(rank(sel, reversed)).toEqual(rank(sel, index));
  });

  it('ignores repeated and unknown ids', () => {
    expect(rank(ids('heel-right', 'heel-right', 'nowhere'), index)).toEqual(rank(ids('heel-right'), index));
  });

  it.each([
    [{ selectionFit: 0.9, matches: ['primary'] }, 'strong match'],
    [{ selectionFit: 0.5, matches: ['primary', 'none'] }, 'good match'],
    [{ selectionFit: 0.9, matches: ['secondary'] }, 'possible'],
  ] as const)('describes %o as a %s', (c, word) => {
    expect(strengthOf(c)).toBe(word);
  });
});

describe('rank with pain levels and kinds', () => {
  // Muscles explaining one of two equally specific places each, identically: a tie at level 5, broken by id.
  const tie = buildEngineIndex(regions, [
    muscle('calf-muscle', ['calf-upper']),
    muscle('calf-other', ['calf-upper']),
    muscle('heel-muscle', ['heel']),
    { ...muscle('heel-nerve', ['heel']), sensations: { kinds: ['numbness', 'tingling'] } },
  ]);
  const order = (details?: Parameters<typeof rank>[2]) => rank(ids('heel-right', 'calf-upper-right'), tie, details).map((c) => c.id);

  it('leaves every score as it was when nothing is said, or everything is level 5', () => {
    const plain = rank(ids('heel-right', 'calf-upper-right'), tie);
    expect(rank(ids('heel-right', 'calf-upper-right'), tie, { ['heel-right' as RegionId]: { intensity: 5 } })).toEqual(plain);
    expect(plain.map((c) => c.score)).toEqual([52, 52, 52, 52]);
  });

  it.each([
    ['the calf', 'calf-upper-right', ['calf-muscle', 'calf-other', 'heel-muscle', 'heel-nerve']],
    ['the heel', 'heel-right', ['heel-muscle', 'heel-nerve', 'calf-muscle', 'calf-other']],
  ])('puts first the muscle that explains the worse place: %s at 9', (_what, worse, expected) => {
    expect(order({ [worse as RegionId]: { intensity: 9 } })).toEqual(expected);
  });

  it('weighs a place 0.5 + level / 10 in selection fit: 9 against 5 is 1.4 against 1', () => {
    const [first] = rank(ids('heel-right', 'calf-upper-right'), tie, { ['calf-upper-right' as RegionId]: { intensity: 9 } });
    expect(first?.selectionFit).toBeCloseTo(1.4 / 2.4);
  });

  it('adds the sensation bonus once, only to a muscle whose references describe the kind marked at a place it explains', () => {
    const numb = rank(ids('heel-right', 'calf-upper-right'), tie, { ['heel-right' as RegionId]: { intensity: 5, kind: 'numbness' } });
    expect(numb.map((c) => [c.id, c.score, c.sensation])).toEqual([
      ['heel-nerve', 56, true],
      ['calf-muscle', 52, false],
      ['calf-other', 52, false],
      ['heel-muscle', 52, false],
    ]);
    // Numbness at a place the muscle does not explain, or a kind its references do not describe: no bonus.
    const plain = ['calf-muscle', 'calf-other', 'heel-muscle', 'heel-nerve'];
    expect(order({ ['calf-upper-right' as RegionId]: { intensity: 5, kind: 'numbness' } })).toEqual(plain);
    expect(order({ ['heel-right' as RegionId]: { intensity: 5, kind: 'cramping' } })).toEqual(plain);
  });
});
