import { describe, expect, it } from 'vitest';
import { nextInDirection } from './neighbours';

const spots = [
  { item: 'knee', x: 100, y: 540 },
  { item: 'calf', x: 100, y: 590 },
  { item: 'thigh', x: 100, y: 480 },
  { item: 'other-knee', x: 160, y: 540 },
  { item: 'far-right-low', x: 300, y: 700 },
];
const from = spots[0]!;

describe('nextInDirection', () => {
  it.each([
    ['down', 'calf'],
    ['up', 'thigh'],
    ['right', 'other-knee'],
    ['left', undefined],
  ] as const)('moves %s to %s', (direction, expected) => {
    expect(nextInDirection(from, spots, direction)?.item).toBe(expected);
  });
});
