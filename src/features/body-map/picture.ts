import type { PatternSets } from './paint-pattern';
import type { ViewName } from './parts';

/**
 * Pictures of a muscle's pattern cropped to the body part it concerns, as small SVG images (one `<img>`
 * each): the result rows' pictures and the muscle page's. An image is one element to lay out and paint,
 * where a live SVG per row would add some hundred shapes to every tap (docs/performance.md).
 * The shapes come from the map's own art, read once per view when a picture first needs it.
 */

type Box = readonly [x: number, y: number, width: number, height: number];

export interface ArtShape {
  id: string;
  d: string;
  cx: number;
  cy: number;
  /** The shape's bounds: [left, top, right, bottom]. */
  bounds: readonly [number, number, number, number];
}

export type ViewShapes = readonly ArtShape[];

const RAW: Record<ViewName, () => Promise<{ default: string }>> = {
  front: () => import('./art/body-front.svg?raw'),
  back: () => import('./art/body-back.svg?raw'),
  soles: () => import('./art/body-soles.svg?raw'),
};

/** The bounds of an art path (the art uses only `M x y`, relative `l` pairs and `z`). */
export function pathBounds(d: string): [number, number, number, number] {
  const numbers = (d.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
  let x = numbers[0] ?? 0;
  let y = numbers[1] ?? 0;
  let [left, top, right, bottom] = [x, y, x, y];
  for (let i = 2; i + 1 < numbers.length; i += 2) {
    x += numbers[i] ?? 0;
    y += numbers[i + 1] ?? 0;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return [left, top, right, bottom];
}

/** The region shapes of one view's art source (the `<path class="region" …>` elements). */
export function parseArt(svg: string): ArtShape[] {
  const shapes: ArtShape[] = [];
  for (const [tag] of svg.matchAll(/<path class="region"[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
    const d = attr('d');
    shapes.push({ id: attr('data-region'), d, cx: Number(attr('data-cx')), cy: Number(attr('data-cy')), bounds: pathBounds(d) });
  }
  return shapes;
}

const loaded = new Map<ViewName, Promise<ViewShapes>>();

/** One view's shapes, loaded once (a failure is retried on the next call). */
export function loadViewShapes(view: ViewName): Promise<ViewShapes> {
  let found = loaded.get(view);
  if (!found) {
    found = RAW[view]().then(
      (m) => parseArt(m.default),
      (error: unknown) => {
        loaded.delete(view);
        throw error;
      },
    );
    loaded.set(view, found);
  }
  return found;
}

/** How many of the pattern's main-area shapes (then spillover shapes) a view holds, to pick the view to show. */
function weight(shapes: ViewShapes, pattern: PatternSets, focus: ReadonlySet<string>): number {
  let w = 0;
  for (const s of shapes) w += (focus.has(s.id) ? 20 : 0) + (pattern.primary.has(s.id) ? 10 : pattern.secondary.has(s.id) ? 1 : 0);
  return w;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The views that show any of the pattern, the one with the places in `focus` (the person's marks this
 * muscle explains) first, then most of its main area: `viewsShowing(art, soleus) // -> ['back', 'soles']`.
 */
export function viewsShowing(art: Partial<Record<ViewName, ViewShapes>>, pattern: PatternSets, focus: ReadonlySet<string> = NOTHING): ViewName[] {
  return (Object.entries(art) as [ViewName, ViewShapes][])
    .map(([view, shapes]) => [view, weight(shapes, pattern, focus)] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([view]) => view);
}

/**
 * The crop around the pattern in a view: its main pain area, trigger points and the `focus` places (the
 * person's marks it explains, so a row's picture always shows them) (or, in a view without
 * them, its spillover), with the spillover close to them, padded and at least `minSize` across so a
 * small pattern still shows the part around it (and at least `minAspect` as wide as tall). Spillover far away (soleus's to the jaw) stays out:
 * the words beside the picture name it.
 */
export function cropFor(shapes: ViewShapes, pattern: PatternSets, { minSize = 90, minAspect = 0.6, focus = NOTHING }: { minSize?: number; minAspect?: number; focus?: ReadonlySet<string> } = {}): Box | null {
  const core = shapes.filter((s) => pattern.primary.has(s.id) || pattern.triggerPoints.has(s.id) || focus.has(s.id));
  const around = core.length ? core : shapes.filter((s) => pattern.secondary.has(s.id));
  const bounds = (list: readonly ArtShape[]) =>
    list.reduce<readonly [number, number, number, number]>(
      ([l, t, r, b], s) => [Math.min(l, s.bounds[0]), Math.min(t, s.bounds[1]), Math.max(r, s.bounds[2]), Math.max(b, s.bounds[3])],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
  let [left, top, right, bottom] = bounds(around);
  if (left === Infinity) return null;
  if (core.length) {
    // Spillover that touches the main area's neighbourhood (half its size again on each side) is drawn too.
    const reach = Math.max(right - left, bottom - top, 40) / 2;
    const near = shapes.filter((s) => pattern.secondary.has(s.id) && s.bounds[2] >= left - reach && s.bounds[0] <= right + reach && s.bounds[3] >= top - reach && s.bounds[1] <= bottom + reach);
    [left, top, right, bottom] = bounds([...around, ...near]);
  }
  const pad = 0.08 * Math.max(right - left, bottom - top) + 4;
  const height = Math.max(minSize, bottom - top + 2 * pad);
  // Never a thin strip: a tall pattern (a whole leg) keeps some of the body beside it.
  const width = Math.max(minSize, right - left + 2 * pad, minAspect * height);
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return [r(cx - width / 2), r(cy - height / 2), r(width), r(height)];
}

const COLOURS = {
  body: '#e3e7eb',
  outline: '#ffffff',
  primary: '#c2410c',
  hatchBack: '#fde3c8',
  mark: '#1d2b6b',
  markFill: '#c9d2ea',
} as const;

/** Whether a shape reaches into a crop. */
export function overlaps(s: ArtShape, box: Box): boolean {
  return s.bounds[2] >= box[0] && s.bounds[0] <= box[0] + box[2] && s.bounds[3] >= box[1] && s.bounds[1] <= box[1] + box[3];
}

/**
 * The picture as SVG source: the body in the crop in grey, the main pain area in a strong fill, the
 * spillover hatched (never colour alone), trigger points as white dots, and the person's marks outlined
 * in a thick dark line on top.
 */
export function pictureSvg(shapes: ViewShapes, box: Box, pattern: PatternSets, marks: ReadonlySet<string>): string {
  const inBox = shapes.filter((s) => overlaps(s, box));
  const fill = (s: ArtShape) =>
    pattern.primary.has(s.id) ? COLOURS.primary : pattern.secondary.has(s.id) ? 'url(#h)' : marks.has(s.id) ? COLOURS.markFill : COLOURS.body;
  const unit = box[2] / 100; // hatch and dots scale with the crop, so they read the same at any size
  const body = inBox.map((s) => `<path d="${s.d}" fill="${fill(s)}"/>`).join('');
  const marked = inBox.filter((s) => marks.has(s.id)).map((s) => `<path d="${s.d}"/>`).join('');
  const dots = inBox
    .filter((s) => pattern.triggerPoints.has(s.id))
    .map((s) => `<circle cx="${String(s.cx)}" cy="${String(s.cy)}" r="${(3.2 * unit).toFixed(2)}"/>`)
    .join('');
  const h = (4 * unit).toFixed(2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}">` +
    `<defs><pattern id="h" patternUnits="userSpaceOnUse" width="${h}" height="${h}" patternTransform="rotate(45)">` +
    `<rect width="${h}" height="${h}" fill="${COLOURS.hatchBack}"/><rect width="${(1.6 * unit).toFixed(2)}" height="${h}" fill="${COLOURS.primary}"/></pattern></defs>` +
    `<g stroke="${COLOURS.outline}" stroke-width="1" vector-effect="non-scaling-stroke" stroke-linejoin="round">${body}</g>` +
    `<g fill="none" stroke="${COLOURS.mark}" stroke-width="3" stroke-linejoin="round" vector-effect="non-scaling-stroke">${marked}</g>` +
    `<g fill="#fff" stroke="#111" stroke-width="1.5" vector-effect="non-scaling-stroke">${dots}</g>` +
    `</svg>`
  );
}

const urls = new Map<string, string>();

/** The picture as an image address (a `data:` URL, which the CSP allows for images), cached by what it shows. */
export function pictureUrl(view: ViewName, shapes: ViewShapes, box: Box, pattern: PatternSets, marks: ReadonlySet<string>): string {
  const inBox = shapes.filter((s) => overlaps(s, box));
  const key = [
    view,
    box.join(','),
    ...inBox.map((s) => `${pattern.primary.has(s.id) ? 'p' : pattern.secondary.has(s.id) ? 's' : ''}${pattern.triggerPoints.has(s.id) ? 't' : ''}${marks.has(s.id) ? 'm' : ''}`),
  ].join('|');
  let url = urls.get(key);
  if (!url) {
    url = `data:image/svg+xml,${encodeURIComponent(pictureSvg(inBox, box, pattern, marks))}`;
    if (urls.size > 500) urls.clear();
    urls.set(key, url);
  }
  return url;
}
