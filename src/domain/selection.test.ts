import { describe, expect, it } from 'vitest';
import { parseSelection, selectionSearch, toggleRegion } from './selection';
import type { RegionId } from '../content/schema';

const known = new Set(['knee-back-right', 'calf-upper-right', 'heel-left']);

describe('parseSelection', () => {
  it.each([
    [null, [], []],
    ['', [], []],
    ['knee-back-right,calf-upper-right', ['knee-back-right', 'calf-upper-right'], []],
    ['knee-back-right,,knee-back-right, heel-left ', ['knee-back-right', 'heel-left'], []],
    ['knee-back-right,nope,<script>alert(1)</script>', ['knee-back-right'], ['nope', '<script>alert(1)</script>']],
    ['\uFFFD%E0,heel-left', ['heel-left'], ['\uFFFD%E0']],
  ])('parses %j', (raw, ids, unknown) => {
    expect(parseSelection(raw, known)).toEqual({ ids, unknown });
  });

  it('reads %2C as a comma once the URL is decoded', () => {
    const raw = new URLSearchParams('?r=knee-back-right%2Ccalf-upper-right').get('r');
    expect(parseSelection(raw, known).ids).toEqual(['knee-back-right', 'calf-upper-right']);
  });

  it('copes with thousands of ids', () => {
    const raw = Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'heel-left' : `x${String(i)}`)).join(',');
    const parsed = parseSelection(raw, known);
    expect(parsed.ids).toEqual(['heel-left']);
    expect(parsed.unknown.length).toBeLessThanOrEqual(400);
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
