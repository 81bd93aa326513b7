import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useDrawnViews, ViewArt } from './view-art';
import { partBox, type ViewName } from './parts';
import { nextInDirection, type Direction, type Spot } from './neighbours';
import type { PatternSets } from './paint-pattern';

const TITLES: Record<ViewName, string> = { front: 'Front', back: 'Back', soles: 'Soles of the feet' };
const NOTES: Record<ViewName, string> = {
  front: 'facing you: their right is on your left',
  back: 'from behind: their right is on your right',
  soles: 'seen from below, heels at the bottom',
};

type Mode = 'interactive' | 'zoom' | 'inert';

export interface BodyMapProps {
  /** Selected region ids. */
  selected: readonly string[];
  onToggle: (regionId: string) => void;
  views: readonly ViewName[];
  /** Phone layout: places too small for a fingertip are not tapped directly; a tap opens their close-up instead. */
  compact?: boolean;
  onZoom?: (part: string) => void;
  /** Render a close-up of this part: only its shapes are interactive, the rest fade. */
  zoomPart?: string;
  /** Accessible name of the map. */
  label: string;
  /** Plain words for a region, used as each shape's accessible name: 'back of knee, right'. */
  regionLabel: (regionId: string) => string;
  /** A candidate muscle's pattern drawn over the person's marks ("show on my map"), or none. */
  overlay?: PatternSets | null;
}

const ARROWS: Record<string, Direction | undefined> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * On a phone a shape is marked where it is when a fingertip can hit it: at least 44 px one way (the
 * recommended touch target) and 30 px the other (WCAG 2.2's minimum is 24 px). Smaller ones open their
 * part's close-up. docs/decisions/0001-phone-taps.md says why.
 */
export const FINGER = { long: 44, short: 30 } as const;

function fingerSized(el: Element): boolean {
  const { width, height } = el.getBoundingClientRect();
  return Math.max(width, height) >= FINGER.long && Math.min(width, height) >= FINGER.short;
}

function modeOf(el: Element, view: ViewName, compact: boolean, zoomPart: string | undefined): Mode {
  const part = el.getAttribute('data-part') ?? '';
  if (zoomPart) return part === zoomPart ? 'interactive' : 'inert';
  if (compact && view !== 'soles' && part !== 'torso' && !fingerSized(el)) return 'zoom';
  return 'interactive';
}

/** Sets an attribute only when it changes (each change costs a style recalculation). */
function put(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** One view's art. Memoised: selection changes reach the shapes as attributes, not by re-rendering. */
const View = memo(function View({ view, box, onReady }: { view: ViewName; box: string | undefined; onReady: (view: ViewName) => void }) {
  return (
    <figure className={`body-map__view body-map__view--${view}`} data-view={view}>
      <figcaption>
        <span className="body-map__title">{TITLES[view]}</span> <span className="body-map__note">({NOTES[view]})</span>
      </figcaption>
      <ViewArt view={view} box={box} className="body-map__svg" onReady={onReady} />
    </figure>
  );
});

function shapesIn(root: HTMLElement): { el: SVGElement; view: ViewName }[] {
  return [...root.querySelectorAll<SVGElement>('[data-region]')].map((el) => ({
    el,
    view: (el.closest('[data-view]')?.getAttribute('data-view') ?? 'front') as ViewName,
  }));
}

/**
 * Where the keyboard enters an empty map: the largest place of the first view (the chest, say), not
 * the first shape of the art, which may be a sliver such as the front of the neck.
 */
function startShape<T extends { el: SVGElement; view: string }>(interactive: readonly T[]): T | undefined {
  const first = interactive[0];
  let best = first;
  let bestArea = -1;
  for (const shape of interactive) {
    if (shape.view !== first?.view || !(shape.el instanceof SVGGraphicsElement) || typeof shape.el.getBBox !== 'function') continue;
    const box = shape.el.getBBox();
    if (box.width * box.height > bestArea) {
      bestArea = box.width * box.height;
      best = shape;
    }
  }
  return best;
}

/**
 * The clickable body: SVG art whose shapes carry data-region. The shapes become buttons here (role,
 * aria-label from regions.json, aria-pressed, a roving tabindex); one delegated handler toggles regions.
 */
export function BodyMap({ selected, onToggle, views, compact = false, onZoom, zoomPart, label, regionLabel, overlay = null }: BodyMapProps) {
  const rootRef = useRef<HTMLDivElement>(null);

  // The shapes, found once per set of views (the art never changes under React's feet).
  const shapesRef = useRef<{ el: SVGElement; view: ViewName; id: string }[]>([]);
  const appliedRef = useRef<{ selected: ReadonlySet<string>; key: string; interactive: ReadonlySet<SVGElement> } | null>(null);
  // The shape that holds the roving tab stop (tabindex 0).
  const stopRef = useRef<SVGElement | null>(null);

  // Views whose art is in the document (the back and the soles load on first use).
  const [drawn, onViewReady] = useDrawnViews();
  const loading = views.some((v) => !drawn.has(v));

  const viewsKey = views.join(',');
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    shapesRef.current = shapesIn(root).map((s) => ({ ...s, id: s.el.getAttribute('data-region') ?? '' }));
    appliedRef.current = null;
  }, [viewsKey, drawn]);

  useLayoutEffect(() => {
    const shapes = shapesRef.current;
    const chosen = new Set(selected);
    const key = `${String(compact)}|${zoomPart ?? ''}|${viewsKey}`;
    const applied = appliedRef.current;
    if (applied && applied.key === key) {
      // Only the selection changed: touch just the shapes whose state flipped (fast path for clicks).
      for (const { el, id } of shapes) {
        const was = applied.selected.has(id);
        const now = chosen.has(id);
        if (was === now) continue;
        put(el, 'data-selected', String(now));
        if (applied.interactive.has(el)) put(el, 'aria-pressed', String(now));
      }
      appliedRef.current = { ...applied, selected: chosen };
      return;
    }
    const modes = shapes.map(({ el, view }) => modeOf(el, view, compact, zoomPart));
    shapes.forEach(({ el, id }, i) => {
      const mode = modes[i] ?? 'interactive';
      const isInteractive = mode === 'interactive';
      put(el, 'data-mode', mode);
      put(el, 'data-selected', String(chosen.has(id)));
      put(el, 'aria-label', isInteractive ? regionLabel(id) : null);
      put(el, 'aria-hidden', isInteractive ? null : 'true');
      put(el, 'role', isInteractive ? 'button' : null);
      put(el, 'aria-pressed', isInteractive ? String(chosen.has(id)) : null);
      put(el, 'tabindex', isInteractive ? (el.getAttribute('tabindex') ?? '-1') : null);
    });
    const interactive = new Set(shapes.filter((_, i) => modes[i] === 'interactive').map(({ el }) => el));
    appliedRef.current = { selected: chosen, key, interactive };
  }, [selected, compact, zoomPart, viewsKey, regionLabel, drawn]);

  // The roving tab stop: exactly one interactive shape has tabindex 0. Focus moves it (handleFocus);
  // when the shapes change and it is no longer interactive, it goes to the first selected shape, else
  // the largest shape of the first view.
  useLayoutEffect(() => {
    const modes = appliedRef.current?.interactive;
    if (!modes) return;
    // A click that only marks a place keeps the tab stop where it is: no walk over every shape.
    const stop = stopRef.current;
    if (stop && modes.has(stop) && stop.getAttribute('tabindex') === '0') return;
    const interactive = shapesRef.current.filter(({ el }) => modes.has(el));
    const chosen = new Set(selected);
    const target =
      interactive.find(({ el }) => el.getAttribute('tabindex') === '0') ??
      interactive.find(({ id }) => chosen.has(id)) ??
      startShape(interactive);
    for (const { el } of interactive) if (el !== target?.el && el.getAttribute('tabindex') === '0') el.setAttribute('tabindex', '-1');
    if (target) put(target.el, 'tabindex', '0');
    stopRef.current = target?.el ?? null;
  }, [selected, compact, zoomPart, viewsKey, drawn]);

  // The pattern overlay: shapes get data-pattern and trigger points a dot; the marks stay outlined on top.
  // Its code loads the first time a pattern is shown (not in the first load).
  const painted = useRef(false);
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || (!overlay && !painted.current)) return;
    painted.current = true;
    let live = true;
    void import('./paint-pattern').then(({ paintPattern }) => {
      if (live) paintPattern(root, overlay);
    });
    return () => { live = false; };
  }, [overlay, viewsKey, drawn]);

  const handleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const shape = (event.target as Element).closest('[data-region]');
      if (!shape) return;
      const mode = shape.getAttribute('data-mode');
      if (mode === 'zoom') onZoom?.(shape.getAttribute('data-part') ?? '');
      else if (mode === 'interactive') onToggle(shape.getAttribute('data-region') ?? '');
    },
    [onToggle, onZoom],
  );

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const shape = (event.target as Element).closest('[data-region]');
      if (!shape || shape.getAttribute('data-mode') !== 'interactive') return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onToggle(shape.getAttribute('data-region') ?? '');
        return;
      }
      const direction = ARROWS[event.key];
      if (!direction) return;
      event.preventDefault();
      const spots: Spot<SVGElement>[] = shapesRef.current
        .filter(({ el }) => el.getAttribute('data-mode') === 'interactive')
        .map(({ el, view }) => ({
          item: el,
          x: Number(el.getAttribute('data-cx')) + views.indexOf(view) * 1000,
          y: Number(el.getAttribute('data-cy')),
        }));
      const from = spots.find((s) => s.item === shape);
      if (!from) return;
      // Focusing the next shape makes it the tab stop (handleFocus).
      nextInDirection(from, spots, direction)?.item.focus();
    },
    [onToggle, views],
  );

  const handleFocus = useCallback((event: React.FocusEvent<HTMLDivElement>) => {
    const shape = (event.target as Element).closest('[data-region]');
    if (!shape) return;
    // The focused shape becomes the tab stop at once, in the DOM: a tap's focus costs no render and no
    // walk over every shape (it runs before the click, inside what INP measures).
    const el = shape as SVGElement;
    if (!appliedRef.current?.interactive.has(el)) return;
    if (stopRef.current && stopRef.current !== el) put(stopRef.current, 'tabindex', '-1');
    put(el, 'tabindex', '0');
    stopRef.current = el;
  }, []);

  return (
    // Clicks and keys are delegated from the SVG shapes, which are the real buttons.
    <div
      ref={rootRef}
      className={`body-map${zoomPart ? ' body-map--zoom' : ''}${compact ? ' body-map--compact' : ''}${overlay ? ' body-map--overlay' : ''}`}
      role="group"
      aria-label={label}
      aria-busy={loading}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
    >
      {/* The spillover's hatching (never colour alone). */}
      <svg className="body-map__defs" aria-hidden="true" width="0" height="0">
        <defs>
          <pattern id="myomap-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="hatch__bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch__line" />
          </pattern>
        </defs>
      </svg>
      {views.map((view) => {
        const box = zoomPart ? partBox(view, zoomPart) : compact ? partBox(view, 'compact') : undefined;
        return <View key={view} view={view} box={box?.join(' ')} onReady={onViewReady} />;
      })}
    </div>
  );
}
