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
import { useSafety } from './use-safety';

const labels = areaLabels(content.regions);
const areaLabel = (area: string) => labels.get(area) ?? area;

function parseSide(raw: string | null): 'left' | 'right' | 'both' | undefined {
  return raw === 'left' || raw === 'right' || raw === 'both' ? raw : undefined;
}

function LoadedMuscle({ promise }: { promise: Promise<Loaded | undefined> }) {
  const loaded = use(promise);
  const muscle = loaded?.muscle;
  const location = useLocation();
  const side = parseSide(new URLSearchParams(location.search).get('side'));
  const { selection } = useSelection();
  const { held, assessment, ready } = useSafety(selection);
  const pattern = muscle ? patternRegions(muscle, content.regions, side ?? 'both') : undefined;
  if (!loaded || !muscle || !pattern) return <NotFound what="muscle" />;
  const heldHere = [...held].filter((r) => pattern.primary.has(r) || pattern.secondary.has(r));
  const heldFlags = [...new Set(assessment.yes.filter((y) => y.regions.some((r) => heldHere.includes(r))).map((y) => y.flag.name))];
  const similar = similarMuscleIds(loaded)
    .map((id) => muscleById.get(id))
    .filter((m) => m !== undefined)
    .map((m) => ({ id: m.id, name: m.name, href: paths.muscle(m.id, { selection }) }));
  const describe = `${muscle.name}: main pain area ${[...pattern.primary].map((id) => regionById.get(id)?.label ?? id).join(', ')}.`;
  return (
    <MusclePage
      muscle={muscle}
      sideNote={side === 'both' ? 'either side' : side ? `${side} side` : undefined}
      areaLabel={areaLabel}
      similar={similar}
      backHref={paths.home(selection)}
      selfCareHold={
        !ready ? (
          <p className="muted" role="status">Checking your safety answers…</p>
        ) : heldHere.length > 0 ? (
          <div className="notice notice--warning" role="status">
            <p>
              <strong>Self-care steps are on hold.</strong> Your safety answers mean this should be checked by a
              clinician first: {heldFlags.join('; ')}. See the notice at the top of the page for what to do.
            </p>
            <p>Once a clinician has checked you, confirm it there and the steps will show here.</p>
          </div>
        ) : undefined
      }
      selfCareNotice={
        ready && assessment.unanswered > 0 ? (
          <p className="notice notice--caution" role="status">
            <strong>Safety check not answered yet</strong> ({assessment.unanswered} question
            {assessment.unanswered === 1 ? '' : 's'} for the places you marked). Please{' '}
            <Link to={paths.home(selection)}>answer them</Link> before starting self-care.
          </p>
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

