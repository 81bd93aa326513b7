import { memo, useEffect, useState } from 'react';
import type { PatternSets } from './paint-pattern';
import type { ViewName } from './parts';
import { cropFor, loadViewShapes, pictureUrl, viewsShowing, type ViewShapes } from './picture';

const ALL_VIEWS: readonly ViewName[] = ['front', 'back', 'soles'];
const VIEW_WORDS: Record<ViewName, string> = { front: 'Front', back: 'Back', soles: 'Sole' };

// Views already read, so a re-rendered picture draws at once instead of flashing its placeholder.
const ready = new Map<ViewName, ViewShapes>();

/** The art of the given views, as it arrives (each view is read once, app-wide). */
function useViewShapes(views: readonly ViewName[]): Partial<Record<ViewName, ViewShapes>> {
  const [, setVersion] = useState(0);
  const key = views.join(',');
  useEffect(() => {
    let live = true;
    for (const view of key.split(',') as ViewName[]) {
      if (ready.has(view)) continue;
      loadViewShapes(view).then(
        (shapes) => {
          ready.set(view, shapes);
          if (live) setVersion((n) => n + 1);
        },
        () => undefined, // no picture: the words beside it still say where the pain goes
      );
    }
    return () => { live = false; };
  }, [key]);
  return Object.fromEntries(views.flatMap((v) => (ready.has(v) ? [[v, ready.get(v)]] : [])));
}

export interface PatternPictureProps {
  pattern: PatternSets;
  /** The person's marked places, outlined on top. */
  marks: ReadonlySet<string>;
  /** How many views to show at most, the one with most of the main pain area first. */
  views?: 1 | 2;
  /** 'small': a square thumbnail for a result row; 'large': the muscle page's picture. */
  size: 'small' | 'large';
}

/**
 * A muscle's pattern cropped to the body part it concerns, over the person's own marks: a small SVG
 * image per view (features/body-map/picture.ts). Decorative beside the words that say the same; the
 * muscle page's figure carries the description.
 */
export const PatternPicture = memo(function PatternPicture({ pattern, marks, views = 1, size }: PatternPictureProps) {
  const art = useViewShapes(ALL_VIEWS);
  const complete = ALL_VIEWS.every((v) => art[v]);
  if (!complete) return <span className={`pattern-picture pattern-picture--${size} pattern-picture--waiting`} aria-hidden="true" data-ready="false" />;
  const shown = viewsShowing(art, pattern)
    .filter((view, i) => i === 0 || (size === 'large' && (art[view] ?? []).some((s) => pattern.primary.has(s.id))))
    .slice(0, views);
  return (
    <span className={`pattern-picture pattern-picture--${size}`} aria-hidden="true" data-ready="true">
      {shown.map((view) => {
        const shapes = art[view] ?? [];
        const box = cropFor(shapes, pattern, { minSize: size === 'small' ? 70 : 120 });
        if (!box) return null;
        return (
          <span key={view} className="pattern-picture__view">
            <img src={pictureUrl(view, shapes, box, pattern, marks)} alt="" width={box[2]} height={box[3]} decoding="async" />
            {size === 'large' && <span className="pattern-picture__title">{VIEW_WORDS[view]}</span>}
          </span>
        );
      })}
    </span>
  );
});
