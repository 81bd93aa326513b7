import { Suspense, useEffect, useState, type ReactElement } from 'react';
import type { PatternPictureProps } from '../../features/body-map/PatternPicture';
import { preloadable } from '../../lib/preloadable';
import { SETTLE_MS, useSettledMarks } from './settled-marks';
import type { RowPattern } from './row-pattern';

const { Component: PatternPicture, preload: preloadRowPicture } = preloadable(() =>
  import('../../features/body-map/PatternPicture').then((m) => m.PatternPicture),
);
/** Starts loading the pictures' code ahead of need (app/warm-up.ts). */
export { preloadRowPicture };

type Shown = Omit<PatternPictureProps, 'size' | 'views'>;

/**
 * A result row's small picture of its pattern; its code is not in the first load. While the person is
 * still tapping, the names and reasons update at once and the pictures wait: each is drawn with the
 * marks as they were once the taps rested (useSettledMarks), and a row that now shows another muscle
 * keeps its old picture, faded, until then.
 */
export function RowPicture({ pattern }: { pattern: RowPattern }) {
  const marks = useSettledMarks();
  // Nothing drawn on the tap that first shows the rows either: they appear, then their pictures.
  const [shown, setShown] = useState<Shown | null>(null);
  const stale = shown?.pattern !== pattern || shown.marks !== marks;
  useEffect(() => {
    if (!stale) return;
    // New settled marks are drawn at once (they have already waited); a new pattern waits as they do.
    const wait = shown?.pattern === pattern ? 0 : SETTLE_MS;
    const timer = setTimeout(() => { setShown({ pattern, marks }); }, wait);
    return () => { clearTimeout(timer); };
  }, [stale, shown, pattern, marks]);
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

const pictures = new WeakMap<RowPattern, ReactElement>();

/** One element per pattern, so a row re-rendered for its words leaves its picture alone. */
export function rowPictureFor(pattern: RowPattern): ReactElement {
  let element = pictures.get(pattern);
  if (!element) {
    element = <RowPicture pattern={pattern} />;
    pictures.set(pattern, element);
  }
  return element;
}
