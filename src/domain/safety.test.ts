import { describe, expect, it } from 'vitest';
import { assess, heldRegions, holdingKeys, questionKey, relevantScreens } from './safety';
import type { RedFlag, RegionId } from '../content/schema';

const flag = (id: string, regions: string[], urgencies: RedFlag['questions'][number]['urgency'][]): RedFlag =>
  ({
    id,
    name: id,
    summary: 's',
    regions,
    questions: urgencies.map((urgency, i) => ({ id: `q${String(i)}`, text: `${id} question ${String(i)}?`, urgency })),
    whatToDo: 'w',
    sources: [{ title: 't', url: 'https://example.org' }],
  }) as RedFlag;

const flags = [
  flag('everywhere', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], ['today']),
  flag('clot', ['calf', 'knee'], ['today', 'emergency']),
  flag('cyst', ['knee'], ['soon']),
];
const sel = (...ids: string[]) => ids as RegionId[];

describe('relevantScreens', () => {
  it('returns nothing for regions no screen covers', () => {
    expect(relevantScreens(sel('nowhere'), flags)).toEqual([]);
  });

  it('puts specific screens before broad ones, then more matched regions, then data order', () => {
    expect(relevantScreens(sel('knee', 'a'), flags, 10).map((s) => s.flag.id)).toEqual(['clot', 'cyst', 'everywhere']);
    expect(relevantScreens(sel('knee', 'calf', 'a'), flags, 10)[0]).toMatchObject({ regions: ['calf', 'knee'], urgency: 'emergency' });
    expect(relevantScreens(sel('knee'), [flags[2]!, flags[1]!], 10).map((s) => s.flag.id)).toEqual(['cyst', 'clot']);
  });
});

describe('assess', () => {
  const screens = relevantScreens(sel('knee'), flags);

  it('counts unanswered questions as not answered, never as no', () => {
    expect(assess(screens, {})).toMatchObject({ level: null, unanswered: 3, total: 3, yes: [] });
  });

  it('reports the most urgent yes', () => {
    const result = assess(screens, { [questionKey('cyst', 'q0')]: 'yes', [questionKey('clot', 'q1')]: 'yes' });
    expect(result.level).toBe('emergency');
    expect(result.yes.map((y) => y.question.urgency)).toEqual(['emergency', 'soon']);
  });

  it('calls all-no answers clear', () => {
    const answers = Object.fromEntries(screens.flatMap((s) => s.flag.questions.map((q) => [questionKey(s.flag.id, q.id), 'no' as const])));
    expect(assess(screens, answers)).toMatchObject({ level: null, unanswered: 0 });
  });
});

describe('heldRegions', () => {
  const screens = relevantScreens(sel('knee', 'calf'), flags);

  it('holds self-care for regions under a today or emergency yes, not for a see-soon yes', () => {
    expect(heldRegions(assess(screens, { 'cyst/q0': 'yes' }), [])).toEqual(new Set());
    expect(heldRegions(assess(screens, { 'clot/q0': 'yes' }), [])).toEqual(new Set(['calf', 'knee']));
  });

  it('releases the hold once the person confirms a clinician checked those answers', () => {
    const assessment = assess(screens, { 'clot/q0': 'yes' });
    expect(holdingKeys(assessment)).toEqual(['clot/q0']);
    expect(heldRegions(assessment, ['clot/q0'])).toEqual(new Set());
  });
});
