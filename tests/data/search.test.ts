// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content-node';
import { directoryEntries } from '../../scripts/content/vite-plugin-content';
import { nearestMuscles, searchMuscles, type Searchable } from '../../src/domain/search';

const content = loadContent();
// The same entries the browser's A–Z gets.
const entries: Searchable[] = directoryEntries(content);
const top = (query: string, n = 5) => searchMuscles(query, entries).slice(0, n).map((h) => h.entry.id);

describe('the muscle A–Z search on the real data', () => {
  it.each([
    ['tennis elbow', 'extensor-carpi-radialis-brevis'],
    ['shin splints', 'tibialis-anterior'],
    ['TMJ', 'masseter'],
    ['TMJ', 'lateral-pterygoid'],
    ['gastrocnemus', 'gastrocnemius'],
    ['heel', 'soleus'],
    ['trapezius', 'upper-trapezius'],
  ])('finds %s → %s among the first five', (query, id) => {
    expect(top(query)).toContain(id);
  });

  it('finds the common headache muscles for "headache" (many tie: among the first ten)', () => {
    for (const id of ['upper-trapezius', 'sternocleidomastoid', 'temporalis', 'suboccipitals']) expect(top('headache', 10)).toContain(id);
  });

  it('finds nothing for words nowhere in the data, and offers the nearest names instead', () => {
    expect(searchMuscles('qwertyuiop', entries)).toEqual([]);
    expect(nearestMuscles('solues', entries).map((e) => e.id)).toContain('soleus');
    expect(nearestMuscles('qwertyuiop', entries)).toEqual([]);
  });
});

describe('searchMuscles', () => {
  const fixture: Searchable[] = [
    { id: 'a', name: 'Alpha', otherNames: ['First one'], conditions: ['tennis elbow'], places: ['elbow'], symptoms: [] },
    { id: 'b', name: 'Beta', otherNames: [], conditions: [], places: ['outer elbow'], symptoms: ['weak grip'] },
  ];
  it('ranks a whole-phrase condition above a place that shares one word', () => {
    expect(searchMuscles('tennis elbow', fixture).map((h) => h.entry.id)).toEqual(['a']);
    expect(searchMuscles('elbow', fixture).map((h) => h.entry.id)).toEqual(['a', 'b']);
  });
  it('says which other name or condition matched', () => {
    expect(searchMuscles('tennis', fixture)[0]?.via).toBe('tennis elbow');
    expect(searchMuscles('first', fixture)[0]?.via).toBe('First one');
  });
  it('does not take "headache" for "earache"', () => {
    expect(searchMuscles('headache', [{ id: 'e', name: 'E', otherNames: [], conditions: ['earache'], places: [], symptoms: [] }])).toEqual([]);
  });

  it('forgives one typo in a short word and two in a long one, none in a three-letter word', () => {
    expect(searchMuscles('alpah', fixture).map((h) => h.entry.id)).toEqual(['a']);
    expect(searchMuscles('tenis elbw', fixture).map((h) => h.entry.id)).toEqual(['a']);
    expect(searchMuscles('grp', fixture)).toEqual([]);
  });
  it('shows everything for an empty query', () => {
    expect(searchMuscles('  ', fixture)).toHaveLength(2);
  });
});
