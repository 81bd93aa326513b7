import { useMemo, use, useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSelection } from './use-selection';
import { MuscleIndex } from '../features/muscle-index/MuscleIndex';
import { loadMuscleDirectory } from '../content/browser-content';
import type { BodyPart } from '../content/schema';
import { paths } from './paths';
import { usePageTitle } from './use-page-title';

const GROUPS: Record<BodyPart, string> = {
  'head-neck': 'Head and neck',
  'shoulder-chest': 'Shoulder, upper back and chest',
  'upper-arm': 'Upper arm',
  'forearm-hand': 'Forearm and hand',
  'trunk-pelvis': 'Trunk and pelvis',
  'hip-thigh': 'Hip and thigh',
  'lower-leg': 'Lower leg',
  foot: 'Foot',
};

// Loaded with this route's chunk: names and other names are not needed on the first page.
const entriesPromise = loadMuscleDirectory().then((list) =>
  [...list]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => ({ ...m, group: GROUPS[m.bodyPart], href: paths.muscle(m.id) })),
);

/** /muscles — the muscle index. */
export function MusclesRoute() {
  const entries = use(entriesPromise);
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const { selection, details } = useSelection();
  usePageTitle(query.trim() ? `“${query.trim()}” in muscles A–Z · MyoMap` : 'Muscles A–Z · MyoMap');
  // The search lives in the address (/muscles?q=tennis+elbow), replaced as you type rather than stacked.
  const onQuery = useCallback((q: string) => { setParams(q ? { q } : {}, { replace: true }); }, [setParams]);
  // A muscle opened from here leads back here, to the same search.
  const linkState = useMemo(() => ({ backToIndex: paths.muscles() + (query ? `?${new URLSearchParams({ q: query }).toString()}` : '') }), [query]);
  return <MuscleIndex entries={entries} groups={Object.values(GROUPS)} query={query} onQuery={onQuery} mapHref={paths.home(selection, details)} linkState={linkState} />;
}
