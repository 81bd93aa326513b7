import { Suspense, type ReactElement } from 'react';
import { preloadable } from '../../lib/preloadable';
import type { RowPattern } from './row-pattern';
import { SETTLE_MS, useSettledMarks } from './settled-marks';

// The pictures' code (RowPicture, the pattern drawing) is fetched at idle after the first paint
// (app/warm-up.ts), not in the first load.
const { Component: RowPicture, preload: preloadRowPicture } = preloadable(() => import('./RowPicture').then((m) => m.RowPicture));
/** Starts loading the pictures' code ahead of need (app/warm-up.ts). */
export { preloadRowPicture };

const waiting = <span className="row-picture"><span className="pattern-picture pattern-picture--small pattern-picture--waiting" aria-hidden="true" /></span>;
/** The picture with the settled marks: read here, in the first load, so the pictures' chunk shares no store with it. */
function SettledRowPicture({ pattern }: { pattern: RowPattern }) {
  const marks = useSettledMarks();
  return <RowPicture pattern={pattern} marks={marks} settleMs={SETTLE_MS} />;
}

const pictures = new WeakMap<RowPattern, ReactElement>();

/** One element per pattern, so a row re-rendered for its words leaves its picture alone. */
export function rowPictureFor(pattern: RowPattern): ReactElement {
  let element = pictures.get(pattern);
  if (!element) {
    element = (
      <Suspense fallback={waiting}>
        <SettledRowPicture pattern={pattern} />
      </Suspense>
    );
    pictures.set(pattern, element);
  }
  return element;
}
