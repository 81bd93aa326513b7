import { Suspense, use, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { MusclePage } from '../features/muscle/MusclePage';
import { PatternMap } from '../features/body-map/PatternMap';
import { content, loadMuscle, muscleById, regionById, similarMuscleIds } from '../content/browser-content';
import type { MuscleId } from '../content/schema';
import type { LoadedMuscle as Loaded } from '../content/browser-content';
import { areaLabels } from '../domain/regions';
import { useSelection } from './use-selection';
import { patternRegions } from '../domain/pattern';
import { paths } from './paths';
import { NotFound } from './NotFound';
import { emergencyWords, isHeldRegion, pendingCount, urgencyNow, useSafety, type SafetyView } from './use-safety';
import { SafetyStepsLazy as SafetySteps } from './SafetyStepsLazy';
import { usePageTitle } from './use-page-title';
import type { RegionId } from '../content/schema';

const labels = areaLabels(content.regions);
const areaLabel = (area: string) => labels.get(area) ?? area;

/** Why self-care waits, in one plain sentence. */
function holdReason(safety: SafetyView, count: number | null, where: string): string {
  if (safety.status !== 'ready') return 'The safety questions are not loaded yet.';
  // Said as the banner at the top says it, before any count: an emergency answer comes first.
  const level = urgencyNow(safety);
  if (level === 'emergency') return `An answer you gave needs emergency help: call ${emergencyWords(safety.help)} now.`;
  if (count && count > 0) return `${String(count)} safety question${count === 1 ? '' : 's'} about ${where} ${count === 1 ? 'is' : 'are'} not answered yet.`;
  if (level === 'today') return 'An answer you gave means you should get medical help today, before any self-care.';
  return 'An answer you gave means a clinician should check you first.';
}

function parseSide(raw: string | null): 'left' | 'right' | 'both' | undefined {
  return raw === 'left' || raw === 'right' || raw === 'both' ? raw : undefined;
}

function LoadedMuscle({ promise }: { promise: Promise<Loaded | undefined> }) {
  const loaded = use(promise);
  const muscle = loaded?.muscle;
  const location = useLocation();
  const side = parseSide(new URLSearchParams(location.search).get('side'));
  const { selection, details } = useSelection();
  // Opened from Muscles A–Z: back to that list and its search (only an in-app path is taken from the state).
  const fromState = (location.state as { backToIndex?: unknown } | null)?.backToIndex;
  const backToIndex = typeof fromState === 'string' && fromState.startsWith(paths.muscles()) && !fromState.startsWith('//') ? fromState : undefined;
  const pattern = useMemo(() => (muscle ? patternRegions(muscle, content.regions, side ?? 'both') : undefined), [muscle, side]);
  // The safety check for the marked places this muscle explains; a page opened without such marks (A–Z,
  // a search, a link, a similar muscle) asks the questions for its own main pain area instead.
  const explained = useMemo(() => (pattern ? selection.filter((r) => pattern.primary.has(r) || pattern.secondary.has(r)) : []), [pattern, selection]);
  const own = useMemo<RegionId[]>(() => (pattern ? [...pattern.primary] : []), [pattern]);
  const marked = explained.length > 0;
  const safety = useSafety(marked ? selection : own, muscle !== undefined);
  usePageTitle(
    muscle ? `${muscle.name}: ${areaLabel(muscle.referral.primary[0] ?? '')} pain · MyoMap` : 'No such muscle · MyoMap',
    muscle?.referral.summary,
  );
  if (!loaded || !muscle || !pattern) return <NotFound what="muscle" />;
  const mine = marked ? explained : own;
  const mineSet = new Set<RegionId>(mine);
  const held = safety.status !== 'ready' || safety.holdsAll || mine.some((r) => isHeldRegion(safety, r));
  const count = pendingCount(safety);
  const similar = similarMuscleIds(loaded)
    .map((id) => muscleById.get(id))
    .filter((m) => m !== undefined)
    .map((m) => ({ id: m.id, name: m.name, href: paths.muscle(m.id, { selection, details }) }));
  const describe = `${muscle.name}: main pain area ${[...pattern.primary].map((id) => regionById.get(id)?.label ?? id).join('; ')}.`;
  return (
    <MusclePage
      muscle={muscle}
      sideNote={side === 'both' ? 'either side' : side ? `${side} side` : undefined}
      areaLabel={areaLabel}
      similar={similar}
      backHref={backToIndex ?? (selection.length ? `${paths.home(selection, details)}#results` : paths.home())}
      backLabel={backToIndex ? 'Back to the muscle list' : selection.length ? 'Back to results' : 'Body map'}
      emergency={emergencyWords(safety.help)}
      safetyState={
        safety.status === 'ready' && !held ? (
          <p className="muted">Safety check: nothing you answered holds back self-care for {marked ? 'the places you marked' : 'this area'}.</p>
        ) : undefined
      }
      selfCareHold={
        held ? (
          <div className="notice notice--caution safety-hold" role="status">
            <p>
              <strong>Self-care steps are held until the safety check is done.</strong>{' '}
              {holdReason(safety, count, marked ? 'the places you marked' : `${muscle.name}’s main pain area`)}
            </p>
            <SafetySteps view={safety} name="muscle" only={(item) => item.regions.some((r) => mineSet.has(r))} />
            {marked && (
              <p>
                <Link to={`${paths.home(selection, details)}#triage`}>All the safety questions for your marked places</Link>
              </p>
            )}
          </div>
        ) : undefined
      }
      figure={
        <PatternMap
          primary={pattern.primary}
          secondary={pattern.secondary}
          selected={new Set(selection)}
          triggerPoints={pattern.triggerPoints}
          description={describe}
        />
      }
    />
  );
}

/** /muscles/:id — one muscle's page, loaded on demand. */
export function MuscleRoute() {
  const { id = '' } = useParams();
  const known = muscleById.has(id as MuscleId);
  const promise = useMemo(() => loadMuscle(id), [id]);
  if (!known) return <NotFound what="muscle" />;
  return (
    <Suspense fallback={<p className="muted" role="status">Loading…</p>}>
      <LoadedMuscle promise={promise} />
    </Suspense>
  );
}

