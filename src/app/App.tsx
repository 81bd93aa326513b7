import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RouteContext, usePathname } from './route-context';
import { HomeRoute } from './HomeRoute';
import { NotFound } from './NotFound';
import { paths } from './paths';
import { SafetyBanner } from './SafetyBanner';
import { RestoreNotice } from './RestoreNotice';
import { ErrorBoundary, RouteErrorBoundary } from './ErrorBoundary';
import { DropReloadFlag } from './DropReloadFlag';
import { SelectionUrl } from './SelectionUrl';
import { useSelection } from './use-selection';
import { useInAppLinks } from './use-in-app-links';

// The muscle pages and the index load on demand, keeping the first page small.
const MuscleRoute = lazy(() => import('./MuscleRoute').then((m) => ({ default: m.MuscleRoute })));
const MusclesRoute = lazy(() => import('./MusclesRoute').then((m) => ({ default: m.MusclesRoute })));

/** The header. Its links keep the marks: going "home" never clears what the person marked. */
function AppHeader() {
  const { selection, details } = useSelection();
  const pathname = usePathname();
  const onClick = useInAppLinks();
  const home = paths.home(selection, details);
  const current = (path: string) => (pathname === path ? 'page' : undefined);
  // Plain links with one handler (use-in-app-links.ts): the header re-renders on every tap, since its
  // links keep the marks.
  return (
    <header className="app-header" onClick={onClick}>
      <a href={home} className="brand" aria-current={current(paths.home())}>
        <span aria-hidden="true" className="brand__mark" />
        MyoMap
      </a>
      <nav aria-label="Main">
        <a href={home} aria-current={current(paths.home())}>Body map</a>
        <a href={paths.muscles()} aria-current={current(paths.muscles())}>Muscles A–Z</a>
      </nav>
    </header>
  );
}

/** The page frame: header, navigation and footer around the routes. */
export function AppRoutes() {
  return (
    <RouteContext>
      <SelectionUrl />
      <a className="skip-link" href="#main">Skip to content</a>
      <SafetyBanner />
      <AppHeader />
      <main id="main" className="app-main">
        <RestoreNotice />
        <RouteErrorBoundary>
          <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
            <DropReloadFlag />
            <Routes>
              <Route path="/" element={<HomeRoute />} />
              <Route path="/muscles" element={<MusclesRoute />} />
              <Route path="/muscles/:id" element={<MuscleRoute />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>
          MyoMap gives self-care information, not a diagnosis. Everything stays on this device: nothing you mark is
          sent anywhere.
        </p>
      </footer>
    </RouteContext>
  );
}

export function App() {
  return (
    <ErrorBoundary>
      {/* Synchronous navigation: following a link or going back renders in the same task, without transition scheduling. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </ErrorBoundary>
  );
}
