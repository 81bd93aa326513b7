export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Spot<T> {
  item: T;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * The nearest spot in a direction: among spots lying within 60 degrees of it, the one with the
 * smallest distance, counting sideways offset twice. `nextInDirection(knee, spots, 'down') // -> upper calf`
 */
export function nextInDirection<T>(from: Spot<T>, spots: readonly Spot<T>[], direction: Direction): Spot<T> | undefined {
  const [dx, dy] = VECTORS[direction];
  let best: Spot<T> | undefined;
  let bestCost = Infinity;
  for (const s of spots) {
    if (s.item === from.item) continue;
    const vx = s.x - from.x;
    const vy = s.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return best;
}
