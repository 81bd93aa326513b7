import { describe, expect, it, vi } from 'vitest';
import { memoLast } from './memo-last';

describe('memoLast', () => {
  it('runs the function again only when an argument changes identity', () => {
    const fn = vi.fn((list: readonly number[], k: number) => list.map((x) => x * k));
    const memo = memoLast(fn);
    const list = [1, 2];
    const first = memo(list, 2);
    expect(memo(list, 2)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo([1, 2], 2)).toEqual([2, 4]);
    expect(memo(list, 3)).toEqual([3, 6]);
    expect(fn).toHaveBeenCalledTimes(3);
  });
});
