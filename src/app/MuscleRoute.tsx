import { Suspense, use, useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { MusclePage } from '../features/muscle/MusclePage';
import { PatternMap } from '../features/body-map/PatternMap';
import { content, loadMuscle, muscleById, regionById } from '../content/browser-content';
import type { Muscle, MuscleId } from '../content/schema';
import { parseSelection } from '../domain/selection';
import { patternRegions } from '../domain/pattern';
import { paths } from './paths';
import { NotFound } from './NotFound';

const knownRegionIds: ReadonlySet<string> = new Set(content.regions.map((r) => r.id));
const areaLabels = new Map<string, string>();
for (const r of content.regions) {
  if (!areaLabels.has(r.area)) areaLabels.set(r.area, r.side === 'midline' ? r.label : r.label.replace(/, (left|right)$/, ''));
}
const areaLabel = (area: string) => areaLabels.get(area) ?? area;

function parseSide(raw: string | null): 'left' | 'right' | 'both' | undefined {
  return raw === 'left' || raw === 'right' || raw === 'both' ? raw : undefined;
}

function LoadedMuscle({ promise }: { promise: Promise<Muscle | undefined> }) {
  const muscle = use(promise);
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const side = parseSide(params.get('side'));
  const { ids: selection } = parseSelection(params.get('r'), knownRegionIds);
  const pattern = muscle ? patternRegions(muscle, content.regions, side ?? 'both') : undefined;
  if (!muscle || !pattern) return <NotFound what="muscle" />;
  const similar = muscle.similarMuscles
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

