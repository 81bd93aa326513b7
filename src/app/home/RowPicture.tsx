import { useEffect, useState } from 'react';
import { whenIdle } from '../../lib/when-idle';
import { PatternPicture, type PatternPictureProps } from '../../features/body-map/PatternPicture';
import type { RowPattern } from './row-pattern';

type Shown = Omit<PatternPictureProps, 'size' | 'views'>;

/**
 * A result row's small picture of its pattern (its code is not in the first load: row-picture-element.tsx). While the person is
 * still tapping, the names and reasons update at once and the pictures wait: each is drawn with the
 * marks as they were once the taps rested (useSettledMarks), and a row that now shows another muscle
 * keeps its old picture, faded, until then.
 */
/** `marks`: the marks once the taps rested (useSettledMarks); `settleMs`: how long that rest is. */
export function RowPicture({ pattern, marks, settleMs }: { pattern: RowPattern; marks: ReadonlySet<string>; settleMs: number }) {
  // Nothing drawn on the tap that first shows the rows either: they appear, then their pictures.
  const [shown, setShown] = useState<Shown | null>(null);
  const stale = shown?.pattern !== pattern || shown.marks !== marks;
  useEffect(() => {
    if (!stale) return;
    const show = () => { setShown({ pattern, marks }); };
    // A row's first picture is drawn as soon as the page is idle after the tap, so it is not left blank;
    // new settled marks are drawn at once (they have already waited); a new pattern waits as they do.
    if (shown === null) return whenIdle(show, settleMs);
    const timer = setTimeout(show, shown.pattern === pattern ? 0 : settleMs);
    return () => { clearTimeout(timer); };
  }, [stale, shown, pattern, marks, settleMs]);
  const waiting = <span className="pattern-picture pattern-picture--small pattern-picture--waiting" aria-hidden="true" />;
  return (
    // Faded only while it shows another muscle's pattern; earlier marks alone are not worth a repaint.
    <span className={shown && shown.pattern !== pattern ? 'row-picture row-picture--stale' : 'row-picture'}>
      {shown ? <PatternPicture pattern={shown.pattern} marks={shown.marks} size="small" /> : waiting}
    </span>
  );
}
