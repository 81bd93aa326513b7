import { lazy, Suspense, useCallback, useLayoutEffect, useState, type ComponentType, type SVGProps } from 'react';
import FrontArt from './art/body-front.svg?react';
import { viewBox, type ViewName } from './parts';

type Art = ComponentType<SVGProps<SVGSVGElement>>;

// The body-map art, one SVGR component per view (built by `npm run art`). The front is what a phone
// shows first, so it comes with the first load; the back and the soles load the first time they are
// drawn (at once on a wide screen, when chosen on a phone).
const ART: Record<ViewName, Art> = {
  front: FrontArt,
  back: lazy(() => import('./art/body-back.svg?react')),
  soles: lazy(() => import('./art/body-soles.svg?react')),
};

export interface ViewArtProps {
  view: ViewName;
  /** A viewBox to show only part of the view (a close-up); the whole view when absent. */
  box?: string | undefined;
  className: string;
  /** Runs once the view's shapes are in the document (for code that reads or marks them). */
  onReady?: ((view: ViewName) => void) | undefined;
}

function Drawn({ view, box, className, onReady }: ViewArtProps) {
  const Art = ART[view];
  useLayoutEffect(() => {
    onReady?.(view);
  }, [onReady, view]);
  return <Art className={className} {...(box ? { viewBox: box } : {})} />;
}

/** One view's SVG art. While it loads, an empty SVG of the same shape holds its place. */
export function ViewArt(props: ViewArtProps) {
  const { view, box, className } = props;
  return (
    <Suspense fallback={<svg className={className} viewBox={box ?? viewBox(view).join(' ')} aria-hidden="true" />}>
      <Drawn {...props} />
    </Suspense>
  );
}

/** The views whose art is in the document, and the `onReady` to give each ViewArt. */
export function useDrawnViews(): [ReadonlySet<ViewName>, (view: ViewName) => void] {
  const [drawn, setDrawn] = useState<ReadonlySet<ViewName>>(() => new Set());
  const onReady = useCallback((view: ViewName) => {
    setDrawn((before) => (before.has(view) ? before : new Set([...before, view])));
  }, []);
  return [drawn, onReady];
}
