// The benchmark's floor (`npm run bench`, floorClickP95Ms): the same front-view art and styles as the
// map, where a click only toggles the shape's aria-pressed, timed with the same marks as MyoMap's
// click-to-results. MyoMap's figure divided by this one is what MyoMap itself adds to a click.
import { StrictMode, useCallback, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { createRoot } from 'react-dom/client';
import FrontArt from '../features/body-map/art/body-front.svg?react';
import { useResultsPaintedMark } from '../app/use-results-painted-mark';
import '../styles.css';

function Floor() {
  const root = useRef<HTMLDivElement>(null);
  const [clicks, setClicks] = useState(0);
  useLayoutEffect(() => {
    for (const el of root.current?.querySelectorAll('[data-region]') ?? []) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-pressed', 'false');
      el.setAttribute('tabindex', '-1');
    }
  }, []);
  const onClick = useCallback((event: MouseEvent<HTMLDivElement>) => {
    const shape = (event.target as Element).closest('[data-region]');
    if (!shape) return;
    performance.mark('myomap:select');
    const now = shape.getAttribute('aria-pressed') !== 'true';
    shape.setAttribute('aria-pressed', String(now));
    shape.setAttribute('data-selected', String(now));
    setClicks((n) => n + 1);
  }, []);
  useResultsPaintedMark(clicks);
  return (
    <main className="app-main">
      <h1>Benchmark floor</h1>
      <div ref={root} className="body-map" role="group" aria-label="Body map" aria-busy="false" onClick={onClick}>
        <figure className="body-map__view body-map__view--front" data-view="front">
          <FrontArt className="body-map__svg" />
        </figure>
      </div>
    </main>
  );
}

const el = document.getElementById('root');
if (el) createRoot(el).render(<StrictMode><Floor /></StrictMode>);
