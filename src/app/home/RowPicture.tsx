import { lazy, Suspense } from 'react';
import type { PatternPictureProps } from '../../features/body-map/PatternPicture';

const load = () => import('../../features/body-map/PatternPicture');
const PatternPicture = lazy(() => load().then((m) => ({ default: m.PatternPicture })));

/** Starts loading the pictures' code ahead of need (app/warm-up.ts). */
export function preloadRowPicture(): void {
  load().catch(() => undefined);
}

/** A result row's small picture of its pattern; its code is not in the first load. */
export function RowPicture(props: Omit<PatternPictureProps, 'size' | 'views'>) {
  return (
    <Suspense fallback={<span className="pattern-picture pattern-picture--small pattern-picture--waiting" aria-hidden="true" />}>
      <PatternPicture {...props} size="small" />
    </Suspense>
  );
}
