import { lazy, Suspense, useEffect, useState } from 'react';
import type { PatternPictureProps } from '../../features/body-map/PatternPicture';

const load = () => import('../../features/body-map/PatternPicture');
const PatternPicture = lazy(() => load().then((m) => ({ default: m.PatternPicture })));

/** Starts loading the pictures' code ahead of need (app/warm-up.ts). */
export function preloadRowPicture(): void {
  load().catch(() => undefined);
}

/** How long the marks must rest before the row pictures are redrawn (docs/performance.md). */
export const SETTLE_MS = 400;

type Shown = Omit<PatternPictureProps, 'size' | 'views'>;

/**
 * A result row's small picture of its pattern; its code is not in the first load. While the person is
 * still tapping, the names and reasons update at once and the pictures wait: each is redrawn once the
 * marks have rested for SETTLE_MS, faded until then if it shows another muscle's pattern.
 */
export function RowPicture({ pattern, marks }: Shown) {
  // Nothing drawn on the tap that first shows the rows either: they appear, then their pictures.
  const [shown, setShown] = useState<Shown | null>(null);
  const stale = shown?.pattern !== pattern || shown.marks !== marks;
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => { setShown({ pattern, marks }); }, SETTLE_MS);
    return () => { clearTimeout(timer); };
  }, [stale, pattern, marks]);
  const waiting = <span className="pattern-picture pattern-picture--small pattern-picture--waiting" aria-hidden="true" />;
  return (
    // Faded only while it shows another muscle's pattern; earlier marks alone are not worth a repaint.
    <span className={shown && shown.pattern !== pattern ? 'row-picture row-picture--stale' : 'row-picture'}>
      {shown ? (
        <Suspense fallback={waiting}>
          <PatternPicture pattern={shown.pattern} marks={shown.marks} size="small" />
        </Suspense>
      ) : (
        waiting
      )}
    </span>
  );
}
