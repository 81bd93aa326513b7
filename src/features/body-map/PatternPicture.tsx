import { memo, useEffect, useState } from 'react';
import type { PatternSets } from './paint-pattern';
import { viewBox, type ViewName } from './parts';
import { cropFor, loadViewShapes, overlaps, pictureUrl, viewsShowing, type ViewShapes } from './picture';

const NO_MARKS: ReadonlySet<string> = new Set();

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

interface Placed {
  view: ViewName;
  box: readonly [number, number, number, number];
  src: string;
}

// Which views a pattern shows, their crops and their images depend on the pattern and on which of the
// marks it explains (they are always in the picture): worked out once for each.
const layouts = new WeakMap<PatternSets, Map<string, Placed[]>>();
function layoutOf(art: Record<ViewName, ViewShapes>, pattern: PatternSets, size: 'small' | 'large', marks: ReadonlySet<string>): Placed[] {
  const focus = new Set([...marks].filter((id) => pattern.primary.has(id) || pattern.secondary.has(id)));
  const key = `${size}|${[...focus].sort().join(',')}`;
  const cached = layouts.get(pattern) ?? new Map<string, Placed[]>();
  let found = cached.get(key);
  if (!found) {
    found = viewsShowing(art, pattern, focus)
      .filter((view, i) => i === 0 || (size === 'large' && art[view].some((s) => pattern.primary.has(s.id) || focus.has(s.id))))
      .flatMap((view) => {
        // The soles are small: always the whole pair, so a foot reads as a foot.
        const box = view === 'soles' ? viewBox('soles') : cropFor(art[view], pattern, { minSize: size === 'small' ? 70 : 120, focus });
        return box ? [{ view, box, src: pictureUrl(view, art[view], box, pattern, NO_MARKS) }] : [];
      });
    cached.set(key, found);
    layouts.set(pattern, cached);
  }
  return found;
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
  const shown = layoutOf(art as Record<ViewName, ViewShapes>, pattern, size, marks).slice(0, views);
  return (
    <span className={`pattern-picture pattern-picture--${size}`} aria-hidden="true" data-ready="true">
      {shown.map(({ view, box, src }) => {
        const shapes = art[view] ?? [];
        // The pattern is one image per muscle and crop, cached; the marks, which change with every tap, are a
        // few outlines drawn over it, so a tap doesn't rebuild an image.
        const marked = shapes.filter((s) => marks.has(s.id) && overlaps(s, box));
        return (
          <span key={view} className="pattern-picture__view">
            <span className="pattern-picture__frame">
              <img src={src} alt="" width={box[2]} height={box[3]} decoding="async" />
              {marked.length > 0 && (
                <svg className="pattern-picture__marks" viewBox={box.join(' ')}>
                  {marked.map((s) => <path key={s.id} d={s.d} />)}
                </svg>
              )}
            </span>
            {size === 'large' && <span className="pattern-picture__title">{VIEW_WORDS[view]}</span>}
          </span>
        );
      })}
    </span>
  );
});
