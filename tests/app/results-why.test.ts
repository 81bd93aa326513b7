import { describe, expect, it } from 'vitest';
import { whyText } from '../../src/features/results/ResultsList';
import type { MatchKind } from '../../src/domain/rank';
import type { RegionId } from '../../src/content/schema';

const label = (id: string) => id.replaceAll('-', ' ');
const regions = (entries: [string, MatchKind][]) => ({ selected: entries.map(([id]) => id as RegionId), matches: entries.map(([, kind]) => kind) });

describe('why a candidate is listed', () => {
  it.each([
    [[['heel-right', 'primary']], 'Explains this place. Main pain area: heel right.'],
    [
      [['heel-right', 'primary'], ['knee-back-right', 'secondary']],
      'Explains all 2 places. Main pain area: heel right. Spillover: knee back right.',
    ],
    [
      [['heel-right', 'secondary'], ['shin-left', 'none'], ['sacrum', 'none']],
      'Explains 1 of 3 places. Spillover: heel right. Not: shin left; sacrum.',
    ],
    [
      [['heel-right', 'primary'], ['a', 'none'], ['b', 'none'], ['c', 'none'], ['d', 'none']],
      'Explains 1 of 5 places. Main pain area: heel right. Not the other 4.',
    ],
  ] as [[string, MatchKind][], string][])('says %j as one sentence', (entries, text) => {
    expect(whyText(regions(entries), label)).toBe(text);
  });
});
