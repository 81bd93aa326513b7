import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSelectionStore } from '../stores/selection-store';
import type { Answers } from '../domain/safety';
import { usePatternPreview } from './home/use-pattern-preview';
import { usePageTitle } from './use-page-title';
import { BodyMap } from '../features/body-map/BodyMap';
import { ZoomBar } from '../features/body-map/ZoomBar';
import { SelectedRegions } from '../features/selection/SelectedRegions';
import { Results } from './home/Results';
import { useTogether } from './home/use-together';
import { rank } from '../domain/rank';
import { mergeSides, type ResultRow } from '../domain/rows';
import { mainPlacesOf, patternOf } from './home/row-pattern';
import { rowPictureFor } from './home/row-picture-element';
import type { RowMuscle } from '../features/results/ResultsList';
import { loadRowExtras, muscleById, rowExtrasSource, regionById } from '../content/browser-content';
import type { RegionId } from '../content/schema';
import { MAX_IDS, type Details } from '../domain/selection';
import { useUiStore, type PhoneView } from '../stores/ui-store';
import { useMediaQuery } from '../lib/use-media-query';
import { engineIndex } from './engine';
import { paths } from './paths';
import { useSelection } from './use-selection';
import { useResultsPaintedMark } from './use-results-painted-mark';
import { Disclaimer } from './Disclaimer';
import { useSafetyStore } from '../stores/safety-store';
import { isEmergencyNow, isHeldRegion, pendingCount, useSafety } from './use-safety';
import { TriagePanel } from './home/TriagePanel';
import { useInAppLinks } from './use-in-app-links';
import { useHash } from './route-context';
import { ResultsBar } from './home/ResultsBarLazy';

const ALL_VIEWS = ['front', 'back', 'soles'] as const;
const ONE_VIEW = { front: ['front'], back: ['back'], soles: ['soles'] } as const;

const PHONE_VIEWS: { view: PhoneView; label: string }[] = [
  { view: 'front', label: 'Front' },
  { view: 'back', label: 'Back' },
  { view: 'soles', label: 'Soles' },
];

// Shown only for a link with places MyoMap doesn't know, or too many: not part of the first load.
const LinkNotice = lazy(() => import('../features/selection/LinkNotice').then((m) => ({ default: m.LinkNotice })));

// Shown only after "Clear all": not part of the first load.
const ClearUndo = lazy(() => import('./home/ClearUndo').then((m) => ({ default: m.ClearUndo })));

// The legend of a pattern drawn on the map loads when one is first shown.
const PatternLegend = lazy(() => import('../features/body-map/PatternLegend').then((m) => ({ default: m.PatternLegend })));

// A phone's close-up of a small part loads when it is first opened.
const CloseUp = lazy(() => import('../features/body-map/CloseUp').then((m) => ({ default: m.CloseUp })));

const regionLabel = (id: string) => regionById.get(id as RegionId)?.label ?? id;

/** The main screen: the body map, the marked places, and the ranked muscles. */
export function HomeRoute() {
  const { selection, details, unknown, badDetails, unread, toggle, add, remove, setDetail, clear } = useSelection();
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
  // "Clear all" can be undone for a few seconds: the places and the answers come back as they were.
  const [cleared, setCleared] = useState<{ regions: RegionId[]; details: Details; answers: Answers; confirmed: readonly string[] } | null>(null);
  const clearAll = useCallback(() => {
    const { answers, confirmed } = useSafetyStore.getState();
    const { regions, details: said } = useSelectionStore.getState();
    setCleared({ regions, details: said, answers, confirmed });
    clear();
    clearAnswers();
  }, [clear, clearAnswers]);
  const undoClear = useCallback(() => {
    if (!cleared) return;
    useSelectionStore.getState().read({ ids: cleared.regions, details: cleared.details, unknown: [], unread: 0 });
    const { answer, confirmChecked } = useSafetyStore.getState();
    for (const [key, value] of Object.entries(cleared.answers)) if (value) answer(key, value);
    if (cleared.confirmed.length) confirmChecked(cleared.confirmed);
    setCleared(null);
    requestAnimationFrame(() => { document.getElementById('selected-title')?.focus(); });
  }, [cleared]);
  const dismissUndo = useCallback(() => { setCleared(null); }, []);

  // The details change only when "how bad, and what kind" is used, so a click re-ranks as it always did.
  const candidates = useMemo(() => rank(selection, engineIndex, details), [selection, details]);
  usePageTitle('Where does it hurt? · MyoMap');
  // "Back to results" and links to the safety check land where they point, with focus there.
  const hash = useHash();
  useLayoutEffect(() => {
    if (hash !== '#results' && hash !== '#triage') return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash]);
  useResultsPaintedMark(candidates);
  const rows = useMemo(() => mergeSides(candidates), [candidates]);


  const plain = useSyncExternalStore(rowExtrasSource.subscribe, rowExtrasSource.get, rowExtrasSource.get);
  const marked = selection.length > 0;
  useEffect(() => {
    if (marked) loadRowExtras();
  }, [marked]);
  const preview = usePatternPreview(plain);
  const pin = preview.onPin;
  const onPin = useCallback((row: ResultRow) => {
    pin(row);
    // On touch the map may be screens away: bring the pattern itself into view once it is drawn.
    setTimeout(() => {
      const shape = document.querySelector('.home__map-frame [data-pattern="primary"]') ?? document.querySelector('.home__map-frame');
      shape?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }, 150);
  }, [pin]);
  const marks = useMemo(() => new Set<string>(selection), [selection]);
  const isHeld = useCallback((row: ResultRow) => row.selected.some((r, j) => row.matches[j] !== 'none' && isHeldRegion(safety, r)), [safety]);
  const muscleOf = useCallback((row: ResultRow): RowMuscle => {
    const m = muscleById.get(row.id);
    return {
      plainName: plain?.names[row.id],
      prevalence: m?.prevalence ?? 'occasional',
      unmarkedMain: mainPlacesOf(row).filter((id) => !marks.has(id)).map((id) => ({ id, label: regionLabel(id) })),
      picture: rowPictureFor(patternOf(row, plain?.triggerPoints[row.id])),
    };
  }, [marks, plain]);
  const triageDone = safety.status === 'ready' && pendingCount(safety) === 0 && safety.assessment.holdingKeys.length === 0 && !safety.holdsAll;
  const goToResults = useCallback(() => {
    // Safety first while anything is unanswered (or unknown); straight to the muscles once it is done.
    const triage = (triageDone ? null : document.getElementById('triage')) ?? document.getElementById('results');
    triage?.scrollIntoView({ block: 'start' });
    triage?.focus({ preventScroll: true });
  }, [triageDone]);
  const onLinkClick = useInAppLinks();
  const togetherLine = useTogether(candidates, selection, details);
  const selectedRegions = useMemo(() => selection.map((id) => ({ id, label: regionLabel(id), detail: details[id] })), [selection, details]);
  const hrefFor = useCallback((row: ResultRow) => paths.muscle(row.id, { side: row.bothSides ? 'both' : row.side, selection, details }), [selection, details]);
  const badNamed = useMemo(() => badDetails.map((b) => ({ ...b, place: regionLabel(b.id) })), [badDetails]);

  return (
    <div className={compact && selection.length > 0 ? 'home home--with-bar' : 'home'}>
      <section className="home__map" aria-labelledby="map-title">
        <h1 id="map-title" className="home__title">Where does it hurt?</h1>
        <p className="home__intro">
          Mark every place that hurts. Sides are the person&apos;s own: <strong>R</strong> and <strong>L</strong> are
          shown on each view.
        </p>
        {(unknown.length > 0 || unread > 0 || badNamed.length > 0) && (
          <Suspense fallback={null}>
            <LinkNotice unknown={unknown} unread={unread} limit={MAX_IDS} bad={badNamed} />
          </Suspense>
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
        <div className="home__map-frame">
          {/* Over the map, not above it: showing a pattern never moves what is under the pointer. */}
          {preview.shown && preview.overlay && (
            <Suspense fallback={null}>
              <PatternLegend name={preview.shown.name} onHide={preview.hide} pinned={preview.pinned} />
            </Suspense>
          )}
          <BodyMap
            selected={selection}
            onToggle={toggle}
            views={compact ? ONE_VIEW[phoneView] : ALL_VIEWS}
            compact={compact}
            onZoom={openCloseUp}
            regionLabel={regionLabel}
            overlay={preview.overlay}
            label="Body map. Each shape is a button: use the arrow keys to move between places and Space or Enter to mark one."
          />
        </div>
        {compact ? (
          <p className="muted home__hint">Tap every place that hurts. Small places (the face, hands, feet, ankles) open a close-up.</p>
        ) : (
          <p className="muted home__hint">
            By keyboard: Tab to the body, move between places with the arrow keys, and press Space or Enter to mark one.
          </p>
        )}
        {selection.length > 0 && (
          // For keyboard users: past the close-ups and the list of marks, straight to the first question.
          <a className="skip-link skip-link--inline" href="#triage">Skip to the safety questions</a>
        )}
        <ZoomBar onZoom={openCloseUp} />
      </section>
      <div className="home__side">
        {cleared && (
          <Suspense fallback={null}>
            <ClearUndo places={cleared.regions.length} onUndo={undoClear} onDismiss={dismissUndo} />
          </Suspense>
        )}
        <SelectedRegions regions={selectedRegions} onRemove={remove} onClear={clearAll} onDetail={setDetail} />
        <TriagePanel view={safety} selection={selection} />
        <Results
          rows={rows}
          regionLabel={regionLabel}
          hrefFor={hrefFor}
          muscleOf={muscleOf}
          onAdd={add}
          limit={8}
          showAll={showAll}
          onShowAll={setShowAll}
          hasSelection={selection.length > 0}
          isHeld={isHeld}
          onPreview={preview.onPreview}
          onPin={onPin}
          isPinned={preview.isPinned}
          onLinkClick={onLinkClick}
          together={togetherLine}
        />
        <Disclaimer />
      </div>
      {compact && selection.length > 0 && (
        <Suspense fallback={null}>
          <ResultsBar places={selection.length} muscles={rows.length} onGo={goToResults} emergency={isEmergencyNow(safety) ? safety.help.emergency : undefined} />
        </Suspense>
      )}
      {closeUp && (
        <Suspense fallback={null}>
          <CloseUp part={closeUp} selected={selection} onToggle={toggle} onClose={closeCloseUp} regionLabel={regionLabel} />
        </Suspense>
      )}
    </div>
  );
}
