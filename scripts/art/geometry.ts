// Geometry for the body-map generator: smooth "tubes" (a centre line with a half-width) and bands on them.
// Coordinates are in side space: d is the lateral distance from the body's midline (positive towards the
// side being drawn), y goes down. Views and sides are applied later by mirroring d.

export interface Point {
  d: number;
  y: number;
}

export interface Station {
  s: number;
  d: number;
  y: number;
  w: number;
}

/** Catmull-Rom interpolation of a value list at parameter s over station parameters. */
function catmull(ss: readonly number[], vs: readonly number[], s: number): number {
  const n = ss.length;
  if (s <= ss[0]!) return vs[0]!;
  if (s >= ss[n - 1]!) return vs[n - 1]!;
  let i = 0;
  while (i < n - 2 && s > ss[i + 1]!) i++;
  const s0 = ss[i]!;
  const s1 = ss[i + 1]!;
  const p0 = vs[Math.max(0, i - 1)]!;
  const p1 = vs[i]!;
  const p2 = vs[i + 1]!;
  const p3 = vs[Math.min(n - 1, i + 2)]!;
  const t = (s - s0) / (s1 - s0);
  // Non-uniform spacing is handled approximately by using each segment's own t.
  const t2 = t * t;
  const t3 = t2 * t;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
}

/** A smooth limb-like shape: centre line through stations, half-width w, u in [-1, 1] across it. */
export class Tube {
  private readonly ss: number[];
  constructor(
    readonly name: string,
    private readonly stations: readonly Station[],
    /** Which direction u = +1 points: 'lateral' for a limb (away from the midline) */
    private readonly flip = false,
  ) {
    this.ss = stations.map((st) => st.s);
  }

  get start(): number {
    return this.ss[0]!;
  }

  get end(): number {
    return this.ss[this.ss.length - 1]!;
  }

  private centre(s: number): Point {
    return { d: catmull(this.ss, this.stations.map((x) => x.d), s), y: catmull(this.ss, this.stations.map((x) => x.y), s) };
  }

  private halfWidth(s: number): number {
    return Math.max(0, catmull(this.ss, this.stations.map((x) => x.w), s));
  }

  /** The point at (s along, u across); u = -1 medial edge, +1 lateral edge. */
  at(s: number, u: number): Point {
    const eps = 0.5;
    const a = this.centre(Math.max(this.start, s - eps));
    const b = this.centre(Math.min(this.end, s + eps));
    const len = Math.hypot(b.d - a.d, b.y - a.y) || 1;
    // Normal pointing towards +d for a tube running down the page.
    let nd = (b.y - a.y) / len;
    let ny = -(b.d - a.d) / len;
    if (this.flip) {
      nd = -nd;
      ny = -ny;
    }
    const c = this.centre(s);
    const w = this.halfWidth(s);
    return { d: c.d + nd * u * w, y: c.y + ny * u * w };
  }

  /**
   * A band: u from u0 to u1; along the tube from s0 to s1, each of which may slope linearly across u
   * (s0 = [at u0, at u1]). Returns a closed polygon sampled finely enough to follow the outline.
   */
  band(u0: number, u1: number, s0: number | [number, number], s1: number | [number, number]): Point[] {
    const [a0, b0] = typeof s0 === 'number' ? [s0, s0] : s0;
    const [a1, b1] = typeof s1 === 'number' ? [s1, s1] : s1;
    const pts: Point[] = [];
    const nu = 4;
    const along = (from: number, to: number) => Math.max(2, Math.ceil(Math.abs(to - from) / 7));
    // top edge: u0 -> u1 at s0(u)
    for (let i = 0; i <= nu; i++) {
      const f = i / nu;
      pts.push(this.at(a0 + (b0 - a0) * f, u0 + (u1 - u0) * f));
    }
    // side at u1: s0 -> s1
    const n1 = along(b0, b1);
    for (let i = 1; i < n1; i++) pts.push(this.at(b0 + ((b1 - b0) * i) / n1, u1));
    // bottom edge: u1 -> u0 at s1(u)
    for (let i = 0; i <= nu; i++) {
      const f = i / nu;
      pts.push(this.at(b1 + (a1 - b1) * f, u1 + (u0 - u1) * f));
    }
    // side at u0: s1 -> s0
    const n0 = along(a1, a0);
    for (let i = 1; i < n0; i++) pts.push(this.at(a1 + ((a0 - a1) * i) / n0, u0));
    return pts;
  }

  /** The whole outline of the tube. */
  outline(): Point[] {
    return this.band(-1, 1, this.start, this.end);
  }

  /** A line along the tube at a fixed u, for decorative details. */
  line(u: number, s0: number, s1: number): Point[] {
    const n = Math.max(2, Math.ceil(Math.abs(s1 - s0) / 3));
    return Array.from({ length: n + 1 }, (_, i) => this.at(s0 + ((s1 - s0) * i) / n, u));
  }

  /** A line across the tube at fixed s, from u0 to u1. */
  across(s: number, u0: number, u1: number): Point[] {
    return Array.from({ length: 9 }, (_, i) => this.at(s, u0 + ((u1 - u0) * i) / 8));
  }
}

/** Signed area and centroid of a polygon (points in screen coordinates). */
export function centroid(pts: readonly { x: number; y: number }[]): { x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    const q = pts[(i + 1) % pts.length]!;
    const cross = p.x * q.y - q.x * p.y;
    a += cross;
    cx += (p.x + q.x) * cross;
    cy += (p.y + q.y) * cross;
  }
  if (Math.abs(a) < 1e-9) {
    const n = pts.length || 1;
    return { x: pts.reduce((s, p) => s + p.x, 0) / n, y: pts.reduce((s, p) => s + p.y, 0) / n };
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}
