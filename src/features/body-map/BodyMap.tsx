import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import FrontArt from './art/body-front.svg?react';
import BackArt from './art/body-back.svg?react';
import SolesArt from './art/body-soles.svg?react';
import { partBox, type ViewName } from './parts';
import { nextInDirection, type Direction, type Spot } from './neighbours';

const ART = { front: FrontArt, back: BackArt, soles: SolesArt } as const;
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
  /** Phone layout: small parts are not tapped directly; a tap opens their close-up instead. */
  compact?: boolean;
  onZoom?: (part: string) => void;
  /** Render a close-up of this part: only its shapes are interactive, the rest fade. */
  zoomPart?: string;
  /** Accessible name of the map. */
  label: string;
  /** Plain words for a region, used as each shape's accessible name: 'back of knee, right'. */
  regionLabel: (regionId: string) => string;
}

const ARROWS: Record<string, Direction | undefined> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

function modeOf(el: Element, view: ViewName, compact: boolean, zoomPart: string | undefined): Mode {
  const part = el.getAttribute('data-part') ?? '';
  if (zoomPart) return part === zoomPart ? 'interactive' : 'inert';
  if (compact && view !== 'soles' && part !== 'torso') return 'zoom';
  return 'interactive';
}

function shapesIn(root: HTMLElement): { el: SVGElement; view: ViewName }[] {
  return [...root.querySelectorAll<SVGElement>('[data-region]')].map((el) => ({
    el,
    view: (el.closest('[data-view]')?.getAttribute('data-view') ?? 'front') as ViewName,
  }));
}

/**
 * The clickable body: SVG art whose shapes carry data-region. The shapes become buttons here (role,
 * aria-label from regions.json, aria-pressed, a roving tabindex); one delegated handler toggles regions.
 */
export function BodyMap({ selected, onToggle, views, compact = false, onZoom, zoomPart, label, regionLabel }: BodyMapProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const chosen = new Set(selected);
    const shapes = shapesIn(root);
    const interactive = shapes.filter(({ el, view }) => modeOf(el, view, compact, zoomPart) === 'interactive');
    const keyOf = (el: Element, view: ViewName) => `${view}:${el.getAttribute('data-region') ?? ''}`;
    const activeKey =
      interactive.find(({ el, view }) => keyOf(el, view) === active) ??
      interactive.find(({ el }) => chosen.has(el.getAttribute('data-region') ?? '')) ??
      interactive[0];
    for (const { el, view } of shapes) {
      const id = el.getAttribute('data-region') ?? '';
      const mode = modeOf(el, view, compact, zoomPart);
      el.setAttribute('data-mode', mode);
      el.setAttribute('data-selected', String(chosen.has(id)));
      if (mode === 'interactive') {
        el.setAttribute('aria-label', regionLabel(id));
        el.removeAttribute('aria-hidden');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-pressed', String(chosen.has(id)));
        el.setAttribute('tabindex', activeKey && activeKey.el === el ? '0' : '-1');
      } else {
        el.removeAttribute('aria-label');
        el.removeAttribute('role');
        el.removeAttribute('aria-pressed');
        el.removeAttribute('tabindex');
        el.setAttribute('aria-hidden', 'true');
      }
    }
  }, [selected, compact, zoomPart, active, views, regionLabel]);

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
      const root = rootRef.current;
      const shape = (event.target as Element).closest('[data-region]');
      if (!root || !shape || shape.getAttribute('data-mode') !== 'interactive') return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onToggle(shape.getAttribute('data-region') ?? '');
        return;
      }
      const direction = ARROWS[event.key];
      if (!direction) return;
      event.preventDefault();
      const spots: Spot<SVGElement>[] = shapesIn(root)
        .filter(({ el }) => el.getAttribute('data-mode') === 'interactive')
        .map(({ el, view }) => ({
          item: el,
          x: Number(el.getAttribute('data-cx')) + views.indexOf(view) * 1000,
          y: Number(el.getAttribute('data-cy')),
        }));
      const from = spots.find((s) => s.item === shape);
      if (!from) return;
      const next = nextInDirection(from, spots, direction);
      if (next) {
        const view = next.item.closest('[data-view]')?.getAttribute('data-view') ?? '';
        setActive(`${view}:${next.item.getAttribute('data-region') ?? ''}`);
        next.item.setAttribute('tabindex', '0');
        shape.setAttribute('tabindex', '-1');
        next.item.focus();
      }
    },
    [onToggle, views],
  );

  const handleFocus = useCallback((event: React.FocusEvent<HTMLDivElement>) => {
    const shape = (event.target as Element).closest('[data-region]');
    if (!shape) return;
    const view = shape.closest('[data-view]')?.getAttribute('data-view') ?? '';
    setActive(`${view}:${shape.getAttribute('data-region') ?? ''}`);
  }, []);

  return (
    // Clicks and keys are delegated from the SVG shapes, which are the real buttons.
    <div
      ref={rootRef}
      className={`body-map${zoomPart ? ' body-map--zoom' : ''}${compact ? ' body-map--compact' : ''}`}
      role="group"
      aria-label={label}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
    >
      {views.map((view) => {
        const Art = ART[view];
        const box = zoomPart ? partBox(view, zoomPart) : compact ? partBox(view, 'compact') : undefined;
        return (
          <figure key={view} className={`body-map__view body-map__view--${view}`} data-view={view}>
            <figcaption>
              <span className="body-map__title">{TITLES[view]}</span>{' '}
              <span className="body-map__note">({NOTES[view]})</span>
            </figcaption>
            <Art className="body-map__svg" {...(box ? { viewBox: box.join(' ') } : {})} />
          </figure>
        );
      })}
    </div>
  );
}
