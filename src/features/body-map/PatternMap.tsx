import { useLayoutEffect, useRef } from 'react';
import { useDrawnViews, ViewArt } from './view-art';
import type { ViewName } from './parts';
import { paintPattern } from './paint-pattern';

const VIEWS = ['front', 'back', 'soles'] as const;
const TITLES: Record<ViewName, string> = { front: 'Front', back: 'Back', soles: 'Soles' };

export interface PatternMapProps {
  primary: ReadonlySet<string>;
  secondary: ReadonlySet<string>;
  /** The person's own pain, outlined over the pattern. */
  selected: ReadonlySet<string>;
  /** Regions holding one of the muscle's trigger points (marked with a dot). */
  triggerPoints: ReadonlySet<string>;
  /** A sentence describing the picture for people who cannot see it. */
  description: string;
}

/** A read-only body map: a muscle's referral pattern drawn over the person's own pain. */
export function PatternMap({ primary, secondary, selected, triggerPoints, description }: PatternMapProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  // Each view's shapes are marked once its art is in the document (the back and the soles load on first use).
  const [drawn, onViewReady] = useDrawnViews();
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    for (const el of root.querySelectorAll<SVGElement>('[data-region]')) {
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      el.removeAttribute('tabindex');
      el.setAttribute('data-selected', String(selected.has(el.getAttribute('data-region') ?? '')));
    }
    paintPattern(root, { primary, secondary, triggerPoints });
  }, [primary, secondary, selected, triggerPoints, drawn]);

  return (
    <figure className="pattern-map" aria-busy={drawn.size < VIEWS.length}>
      <div ref={rootRef} className="pattern-map__views" aria-hidden="true">
        {VIEWS.map((view) => (
          <div key={view} className={`pattern-map__view pattern-map__view--${view}`}>
            <span className="pattern-map__title">{TITLES[view]}</span>
            <ViewArt view={view} className="body-map__svg" onReady={onViewReady} />
          </div>
        ))}
      </div>
      <figcaption>
        <span className="legend legend--primary">main pain area</span>
        <span className="legend legend--secondary">spillover</span>
        <span className="legend legend--selected">where you marked pain</span>
        <span className="legend legend--tp">trigger point</span>
        <span className="visually-hidden">{description}</span>
      </figcaption>
    </figure>
  );
}
