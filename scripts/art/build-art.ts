// Builds the body-map art (`npm run art`): front, back and soles views as .svg files for SVGR, plus
// the bounding boxes of each part for the close-ups. Regions are mirrored for the person's left and
// right; on the front view the person's right is on the viewer's left.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { centroid, type Point } from './geometry';
import {
  backDecorations,
  backShapes,
  frontDecorations,
  frontShapes,
  soleShapes,
  type Decoration,
  type Shape,
  type ViewName,
} from './body';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = resolve(root, 'src/features/body-map/art');

interface RegionRow {
  id: string;
  label: string;
  side: 'left' | 'right' | 'midline';
}
const regions = (JSON.parse(readFileSync(resolve(root, 'data/regions.json'), 'utf8')) as { regions: RegionRow[] }).regions;
const labelOf = new Map(regions.map((r) => [r.id, r.label]));

interface ViewSpec {
  name: ViewName;
  width: number;
  height: number;
  cx: number;
  /** +1 when the person's right side is drawn on the viewer's right. */
  rightSign: 1 | -1;
  shapes: Shape[];
  decorations: Decoration[];
  markers: { side: 'right' | 'left'; d: number; y: number }[];
}

const views: ViewSpec[] = [
  {
    name: 'front',
    width: 300,
    height: 760,
    cx: 150,
    rightSign: -1,
    shapes: frontShapes(),
    decorations: frontDecorations(),
    markers: [{ side: 'right', d: 108, y: 484 }, { side: 'left', d: 108, y: 484 }],
  },
  {
    name: 'back',
    width: 300,
    height: 760,
    cx: 150,
    rightSign: 1,
    shapes: backShapes(),
    decorations: backDecorations(),
    markers: [{ side: 'right', d: 108, y: 484 }, { side: 'left', d: 108, y: 484 }],
  },
  {
    name: 'soles',
    width: 200,
    height: 262,
    cx: 100,
    rightSign: 1,
    shapes: soleShapes(),
    decorations: [],
    markers: [{ side: 'right', d: 40, y: 256 }, { side: 'left', d: 40, y: 256 }],
  },
];

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function toXY(view: ViewSpec, side: 'left' | 'right' | 'midline', p: Point): { x: number; y: number } {
  const sign = side === 'midline' ? 1 : side === 'right' ? view.rightSign : -view.rightSign;
  return { x: view.cx + sign * p.d, y: p.y };
}

/** Compact path data: an absolute move, then relative lines, at 0.1 unit precision. */
function pathData(polys: { x: number; y: number }[][], closed = true): string {
  return polys
    .map((poly) => {
      const pts = poly.map((p) => ({ x: Math.round(p.x * 10), y: Math.round(p.y * 10) }));
      const first = pts[0];
      if (!first) return '';
      let d = `M${fmt(first.x / 10)} ${fmt(first.y / 10)}l`;
      let prev = first;
      const deltas: [number, number][] = [];
      for (const p of pts.slice(1)) {
        const dx = p.x - prev.x;
        const dy = p.y - prev.y;
        prev = p;
        if (dx === 0 && dy === 0) continue;
        const last = deltas[deltas.length - 1];
        // Merge steps in exactly the same direction (straight runs).
        if (last && last[0] * dy === last[1] * dx && Math.sign(last[0]) === Math.sign(dx) && Math.sign(last[1]) === Math.sign(dy)) {
          last[0] += dx;
          last[1] += dy;
        } else deltas.push([dx, dy]);
      }
      const num = (n: number) => fmt(n / 10).replace(/^(-?)0\./, '$1.');
      d += deltas.map(([dx, dy]) => `${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}`).join(' ').replace(/ -/g, '-');
      return `${d}${closed ? 'z' : ''}`;
    })
    .join('');
}

function area(poly: { x: number; y: number }[]): number {
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    a += p.x * q.y - q.x * p.y;
  }
  return Math.abs(a / 2);
}

type Box = [number, number, number, number];
const partBoxes: Record<string, Record<string, Box>> = {};
const seen = new Map<string, string[]>();

function grow(view: string, key: string, pts: { x: number; y: number }[]) {
  const boxes = (partBoxes[view] ??= {});
  const b = boxes[key] ?? [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    b[0] = Math.min(b[0], p.x);
    b[1] = Math.min(b[1], p.y);
    b[2] = Math.max(b[2], p.x);
    b[3] = Math.max(b[3], p.y);
  }
  boxes[key] = b;
}

function buildView(view: ViewSpec): string {
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(view.width)} ${String(view.height)}">`);
  // The whole drawing, so the app can hold a view's place while its art loads.
  grow(view.name, 'body', [{ x: 0, y: 0 }, { x: view.width, y: view.height }]);
  const sides = ['right', 'left'] as const;
  out.push('<g class="regions">');
  // One element per region: shapes of the same region (e.g. the back of the neck over two parts) merge.
  const merged = new Map<string, { shape: Shape; side: 'left' | 'right' | 'midline'; polys: { x: number; y: number }[][] }>();
  for (const shape of view.shapes) {
    for (const side of shape.midline ? (['midline'] as const) : sides) {
      const id = shape.midline ? shape.base : `${shape.base}-${side}`;
      const polys = shape.polys.map((poly) => poly.map((p) => toXY(view, side, p)));
      const entry = merged.get(id);
      if (entry) entry.polys.push(...polys);
      else merged.set(id, { shape, side, polys });
    }
  }
  for (const [id, { shape, side, polys }] of merged) {
    if (!labelOf.has(id)) throw new Error(`${view.name}: no region "${id}" in data/regions.json`);
    const biggest = polys.reduce((a, b) => (area(b) > area(a) ? b : a));
    const c = centroid(biggest);
    const part = shape.part === 'head' || shape.part === 'torso' || side === 'midline' ? shape.part : `${shape.part}-${side}`;
    for (const poly of polys) grow(view.name, part, poly);
    seen.set(id, [...(seen.get(id) ?? []), view.name]);
    out.push(
      `<path class="region" data-region="${id}" data-part="${part}" data-cx="${fmt(c.x)}" data-cy="${fmt(c.y)}" d="${pathData(polys)}"/>`,
    );
  }
  out.push('</g>');
  if (view.decorations.length) {
    const lines = view.decorations.flatMap((dec) =>
      (dec.midline ? (['midline'] as const) : sides).map((side) => ({ pts: dec.pts.map((p) => toXY(view, side, p)), closed: dec.closed ?? false })),
    );
    out.push(`<g class="details" aria-hidden="true">${lines.map((l) => `<path d="${pathData([l.pts], l.closed)}"/>`).join('')}</g>`);
  }
  out.push('<g class="side-markers" aria-hidden="true">');
  for (const m of view.markers) {
    const p = toXY(view, m.side, { d: m.d, y: m.y });
    out.push(`<text x="${fmt(p.x)}" y="${fmt(p.y)}" text-anchor="middle">${m.side === 'right' ? 'R' : 'L'}</text>`);
  }
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

mkdirSync(outDir, { recursive: true });
for (const view of views) writeFileSync(resolve(outDir, `body-${view.name}.svg`), buildView(view));

const missing = regions.filter((r) => !seen.has(r.id)).map((r) => r.id);
if (missing.length) throw new Error(`regions not drawn: ${missing.join(', ')}`);

const rounded = Object.fromEntries(
  Object.entries(partBoxes).map(([view, boxes]) => [
    view,
    Object.fromEntries(Object.entries(boxes).sort().map(([k, b]) => [k, [Math.floor(b[0]), Math.floor(b[1]), Math.ceil(b[2] - b[0]), Math.ceil(b[3] - b[1])]])),
  ]),
);
const partsJson = Object.entries(rounded)
  .map(([view, boxes]) => `  "${view}": {\n${Object.entries(boxes).map(([k, b]) => `    "${k}": ${JSON.stringify(b)}`).join(',\n')}\n  }`)
  .join(',\n');
writeFileSync(resolve(outDir, 'parts.json'), `{\n${partsJson}\n}\n`);
console.log(`wrote ${String(views.length)} views, ${String(seen.size)} regions, to ${outDir}`);
