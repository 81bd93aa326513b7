import { Link } from 'react-router';
import { paths } from './paths';
import { usePageTitle } from './use-page-title';

/** Shown for unknown pages and unknown muscles, always with a way back. */
export function NotFound({ what = 'page' }: { what?: 'page' | 'muscle' }) {
  usePageTitle(what === 'muscle' ? 'No such muscle · MyoMap' : 'Page not found · MyoMap');
  return (
    <section className="panel not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{what === 'muscle' ? 'No such muscle in MyoMap' : 'Page not found'}</h1>
      <p>The link may be mistyped or out of date.</p>
      <p>
        <Link to={paths.home()}>Go to the body map</Link>
        {' · '}
        <Link to={paths.muscles()}>See all muscles</Link>
      </p>
    </section>
  );
}
