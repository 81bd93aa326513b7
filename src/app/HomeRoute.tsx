import { lazy, Suspense, useCallback, useMemo } from 'react';
import { BodyMap } from '../features/body-map/BodyMap';
import { ZoomBar } from '../features/body-map/ZoomBar';
import { SelectedRegions } from '../features/selection/SelectedRegions';
import { ResultsList } from '../features/results/ResultsList';
import { matchOf, rank, type Candidate } from '../domain/rank';
import { regionById } from '../content/browser-content';
import type { RegionId } from '../content/schema';
import { useUiStore, type PhoneView } from '../stores/ui-store';
import { useMediaQuery } from '../lib/use-media-query';
import { engineIndex } from './engine';
import { paths } from './paths';
import { useSelection } from './use-selection';
import { useResultsPaintedMark } from './use-results-painted-mark';
import { Disclaimer } from './Disclaimer';
import { useSafetyStore } from '../stores/safety-store';
import { isHeldRegion, useSafety } from './use-safety';
import { TriagePanel } from './home/TriagePanel';
import { ResultsBar } from './home/ResultsBar';

const ALL_VIEWS = ['front', 'back', 'soles'] as const;
const ONE_VIEW = { front: ['front'], back: ['back'], soles: ['soles'] } as const;

const PHONE_VIEWS: { view: PhoneView; label: string }[] = [
  { view: 'front', label: 'Front' },
  { view: 'back', label: 'Back' },
  { view: 'soles', label: 'Soles' },
];

// A phone's close-up of a small part loads when it is first opened.
const CloseUp = lazy(() => import('../features/body-map/CloseUp').then((m) => ({ default: m.CloseUp })));

const regionLabel = (id: string) => regionById.get(id as RegionId)?.label ?? id;

/** The main screen: the body map, the marked places, and the ranked muscles. */
export function HomeRoute() {
  const { selection, unknown, toggle, remove, clear } = useSelection();
  const compact = useMediaQuery('(max-width: 759px)');
  const phoneView = useUiStore((s) => s.phoneView);
  const setPhoneView = useUiStore((s) => s.setPhoneView);
  const closeUp = useUiStore((s) => s.closeUp);
  const openCloseUp = useUiStore((s) => s.openCloseUp);
  const closeCloseUp = useUiStore((s) => s.closeCloseUp);
  const showAll = useUiStore((s) => s.showAllResults);
  const setShowAll = useUiStore((s) => s.setShowAllResults);

  const clearAnswers = useSafetyStore((s) => s.clear);
  const safety = useSafety(selection);
  const clearAll = useCallback(() => {
    clear();
    clearAnswers();
  }, [clear, clearAnswers]);

  const candidates = useMemo(() => rank(selection, engineIndex), [selection]);
  useResultsPaintedMark(candidates);
  const isHeld = useCallback((c: Candidate) => c.selected.some((r) => matchOf(c, r) !== 'none' && isHeldRegion(safety, r)), [safety]);
  const goToResults = useCallback(() => {
    const triage = document.getElementById('triage') ?? document.getElementById('results-title');
    triage?.scrollIntoView({ block: 'start' });
    triage?.focus({ preventScroll: true });
  }, []);
  const selectedRegions = useMemo(() => selection.map((id) => ({ id, label: regionLabel(id) })), [selection]);
  const hrefFor = useCallback((c: Candidate) => paths.muscle(c.id, { side: c.side, selection }), [selection]);

  return (
    <div className={compact && selection.length > 0 ? 'home home--with-bar' : 'home'}>
      <section className="home__map" aria-labelledby="map-title">
        <h1 id="map-title" className="home__title">Where does it hurt?</h1>
        <p className="home__intro">
          Mark every place that hurts. Sides are the person&apos;s own: <strong>R</strong> and <strong>L</strong> are
          shown on each view.
        </p>
        {unknown.length > 0 && (
          <p className="notice notice--info" role="status">
            This link had {unknown.length === 1 ? 'a place' : 'places'} MyoMap does not know, now left out:{' '}
            {unknown.slice(0, 5).map((u) => `“${u.slice(0, 40)}”`).join(', ')}
            {unknown.length > 5 ? ` and ${String(unknown.length - 5)} more` : ''}.
          </p>
        )}
        {compact && (
          <div className="segmented" role="group" aria-label="Which side of the body to show">
            {PHONE_VIEWS.map(({ view, label }) => (
              <button key={view} type="button" aria-pressed={phoneView === view} onClick={() => { setPhoneView(view); }}>
                {label}
              </button>
            ))}
          </div>
        )}
        <BodyMap
          selected={selection}
          onToggle={toggle}
          views={compact ? ONE_VIEW[phoneView] : ALL_VIEWS}
          compact={compact}
          onZoom={openCloseUp}
          regionLabel={regionLabel}
          label="Body map. Each shape is a button: use the arrow keys to move between places and Space or Enter to mark one."
        />
        {compact && <p className="muted home__hint">Tap the head, an arm, a hand, a leg or a foot to zoom in.</p>}
        <ZoomBar onZoom={openCloseUp} />
      </section>
      <div className="home__side">
        <SelectedRegions regions={selectedRegions} onRemove={remove} onClear={clearAll} />
        <TriagePanel view={safety} selection={selection} />
        <ResultsList
          candidates={candidates}
          regionLabel={regionLabel}
          hrefFor={hrefFor}
          limit={8}
          showAll={showAll}
          onShowAll={setShowAll}
          hasSelection={selection.length > 0}
          isHeld={isHeld}
        />
        <Disclaimer />
      </div>
      {compact && selection.length > 0 && <ResultsBar places={selection.length} muscles={candidates.length} onGo={goToResults} />}
      {closeUp && (
        <Suspense fallback={null}>
          <CloseUp part={closeUp} selected={selection} onToggle={toggle} onClose={closeCloseUp} regionLabel={regionLabel} />
        </Suspense>
      )}
    </div>
  );
}
