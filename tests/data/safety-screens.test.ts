// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content-node';
import { relevantScreens } from '../../src/domain/safety';
import type { RegionId } from '../../src/content/schema';

const content = loadContent();
const screens = (...ids: string[]) => relevantScreens(ids as RegionId[], content.redFlags, content.regions.length).map((s) => s.flag.id);

// What a clinician would want ruled out for pain in each region group (a representative place each).
// "first" must be among the first three screens asked (two open, the rest a tap away); "also" anywhere.
const TABLE: [group: string, regions: string[], first: string[], also: string[]][] = [
  ['head', ['temple-right'], ['giant-cell-arteritis', 'stroke'], ['infection']],
  ['head (back)', ['head-back-left'], ['meningitis', 'stroke'], []],
  ['neck', ['neck-back-left'], ['meningitis', 'nerve-compression'], ['fracture-dislocation']],
  ['neck (front)', ['neck-front-left'], ['heart-attack', 'aortic-dissection'], []],
  ['shoulder', ['shoulder-top-left'], ['heart-attack'], ['nerve-compression', 'hot-swollen-joint']],
  ['chest', ['chest-upper-left'], ['heart-attack', 'pulmonary-embolism', 'aortic-dissection'], []],
  ['upper back', ['between-shoulder-blades-left'], ['aortic-dissection', 'pulmonary-embolism', 'heart-attack'], []],
  ['back', ['low-back-right'], ['cauda-equina', 'kidney', 'aortic-dissection'], ['nerve-compression', 'cancer-warning-signs']],
  ['abdomen', ['abdomen-lower-right'], ['appendicitis'], ['kidney']],
  ['hip', ['groin-right'], ['testicular-torsion', 'appendicitis'], ['hot-swollen-joint', 'fracture-dislocation']],
  ['thigh', ['thigh-back-upper-left'], ['dvt'], ['nerve-compression']],
  ['knee', ['knee-back-right'], ['bakers-cyst', 'popliteal-artery-aneurysm', 'dvt'], []],
  ['knee (front)', ['knee-front-right'], ['hot-swollen-joint', 'fracture-dislocation'], ['infection']],
  ['lower leg', ['calf-upper-right'], ['dvt', 'compartment-syndrome'], []],
  ['lower leg (Achilles)', ['achilles-right'], ['achilles-rupture'], []],
  ['foot', ['big-toe-right'], ['hot-swollen-joint'], ['fracture-dislocation', 'infection']],
  ['arm', ['upper-arm-inner-left'], ['heart-attack'], ['nerve-compression', 'dvt']],
  ['hand', ['palm-right'], ['nerve-compression'], ['infection', 'fracture-dislocation']],
];

describe('safety screens by region group', () => {
  it.each(TABLE)('%s (%j) brings up %j first, and %j', (_group, regions, first, also) => {
    const list = screens(...regions);
    for (const id of first) expect(list.slice(0, 3), id).toContain(id);
    for (const id of also) expect(list, id).toContain(id);
  });

  it('asks the heart-attack screen first for chest + left inner arm', () => {
    expect(screens('chest-upper-left', 'upper-arm-inner-left')[0]).toBe('heart-attack');
  });

  it('asks about saddle numbness for low back with perineum', () => {
    expect(screens('low-back-left', 'perineum')[0]).toBe('cauda-equina');
  });

  it('has a screen for every region of the body', () => {
    expect(content.regions.filter((r) => screens(r.id).length === 0).map((r) => r.id)).toEqual([]);
  });

  it('names the emergency number in what to do for every screen with an emergency question', () => {
    for (const flag of content.redFlags) {
      if (flag.questions.some((q) => q.urgency === 'emergency')) expect(flag.whatToDo, flag.id).toMatch(/911|112|999/);
    }
  });
});
