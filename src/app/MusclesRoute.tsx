import { use } from 'react';
import { MuscleIndex } from '../features/muscle-index/MuscleIndex';
import { loadMuscleDirectory } from '../content/browser-content';
import type { BodyPart } from '../content/schema';
import { paths } from './paths';

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
    .map((m) => ({ id: m.id, name: m.name, otherNames: m.otherNames, group: GROUPS[m.bodyPart], href: paths.muscle(m.id) })),
);

/** /muscles — the muscle index. */
export function MusclesRoute() {
  const entries = use(entriesPromise);
  return <MuscleIndex entries={entries} groups={Object.values(GROUPS)} />;
}
