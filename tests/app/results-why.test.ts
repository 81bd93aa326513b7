import { describe, expect, it } from 'vitest';
import { countText, inSentence, places, referralText } from '../../src/features/results/why';
import regionsFile from '../../data/regions.json';
import type { MatchKind } from '../../src/domain/rank';

const label = (id: string) => id.replace(/-(left|right)$/, ', $1').replaceAll('-', ' ');
const row = (entries: [string, MatchKind][]) => ({ selected: entries.map(([id]) => id), matches: entries.map(([, kind]) => kind) });
const soleus = { plainName: 'deep calf muscle', prevalence: 'common' } as const;

describe('why a muscle is listed, in plain words', () => {
  it.each([
    [[['heel-right', 'primary']], soleus, 'Trigger points in this deep calf muscle commonly send pain to the heel.'],
    [
      [['heel-right', 'primary'], ['knee-back-right', 'secondary']],
      soleus,
      'Trigger points in this deep calf muscle commonly send pain to the heel, and can spill over to the knee back.',
    ],
    [
      [['heel-right', 'secondary'], ['shin-left', 'none'], ['sacrum', 'none']],
      { plainName: 'small muscle in the sole', prevalence: 'rare' },
      'Trigger points in this small muscle in the sole can spill over to the heel, though that is not their main pain area. Not the shin or the sacrum.',
    ],
    [
      [['heel-right', 'primary'], ['a', 'none'], ['b', 'none'], ['c', 'none'], ['d', 'none']],
      { prevalence: 'occasional' },
      'Trigger points in this muscle sometimes send pain to the heel. Not the other 4 places.',
    ],
    [
      [['heel-right', 'primary'], ['heel-left', 'primary']],
      soleus,
      'Trigger points in this deep calf muscle commonly send pain to the heel (both sides).',
    ],
  ] as [[string, MatchKind][], { plainName?: string; prevalence: 'common' | 'occasional' | 'rare' }, string][])('says %j as a sentence', (entries, muscle, text) => {
    expect(referralText(row(entries), muscle, label)).toBe(text);
  });

  it.each([
    [1, 1, 'Explains this place.'],
    [2, 2, 'Explains both places.'],
    [3, 3, 'Explains all 3 places.'],
    [2, 5, 'Explains 2 of 5 places.'],
  ])('counts %i of %i plainly', (explained, total, text) => {
    expect(countText(explained, total)).toBe(text);
  });

  it('keeps a place whose name has "and" in it as one place, and a plural name plural', () => {
    const text = referralText(
      row([['abdomen-lower-right', 'primary'], ['pubic', 'secondary'], ['heel-right', 'none'], ['temple-right', 'none']]),
      { plainName: 'small muscles just below the skull', prevalence: 'common' },
      (id) => ({ 'abdomen-lower-right': 'lower abdomen, right', pubic: 'pubic area and genitals', 'heel-right': 'heel, right', 'temple-right': 'temple, right' })[id] ?? id,
    );
    expect(text).toBe(
      'Trigger points in these small muscles just below the skull commonly send pain to the lower abdomen, and can spill over to the pubic area and genitals. Not the heel or the temple.',
    );
    expect(referralText(row([['heel-right', 'primary']]), { plainName: 'set of tiny muscles between foot bones', prevalence: 'common' }, label)).toMatch(/^Trigger points in this set of tiny muscles/);
    expect(referralText(row([['between-shoulder-blades-right', 'primary']]), soleus, () => 'between the shoulder blades, right')).toMatch(/send pain to the area between the shoulder blades\.$/);
  });

  it('names a place marked on both sides once', () => {
    expect(places(['heel, right', 'heel, left', 'shin, left'])).toEqual(['the heel (both sides)', 'the shin']);
  });

  it.each([
    ['back of knee', 'back of the knee'],
    ['upper back of thigh', 'upper back of the thigh'],
    ['ball of foot', 'ball of the foot'],
    ['underside of toes', 'underside of the toes'],
    ['between the shoulder blades', 'between the shoulder blades'],
    ['forearm, palm side', 'palm side of the forearm'],
    ['wrist, back of hand side', 'back of the wrist'],
    ['heel', 'heel'],
  ])('words the map label %j as %j inside a sentence', (labelText, sentence) => {
    expect(inSentence(labelText)).toBe(sentence);
  });

  it('leaves no map label without its article or with a comma inside a sentence', () => {
    const labels = (regionsFile as { regions: { label: string; side: string }[] }).regions.map((r) => r.label.replace(/, (left|right)$/, ''));
    const worded = [...new Set(labels)].map(inSentence);
    expect(worded.filter((w) => / of (?!the )/.test(w) || w.includes(','))).toEqual([]);
  });
});
