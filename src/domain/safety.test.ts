import { describe, expect, it } from 'vitest';
import { assess, currentPage, gateKey, outcomeUrgency, questionKey, relevantScreens, triage, type Answers, type RedFlagData } from './safety';
import type { Gate, RedFlag, RedFlagQuestion, RegionId, Urgency } from '../content/schema';

type Q = Partial<RedFlagQuestion> & { urgency: Urgency };
const flag = (id: string, regions: string[], questions: Q[], extra: Partial<RedFlag> = {}): RedFlag =>
  ({
    id,
    name: id,
    summary: 's',
    regions,
    questions: questions.map((q, i) => ({ id: `q${String(i)}`, text: `${id} question ${String(i)}?`, ...q })),
    headline: `This could be ${id}.`,
    doNow: 'd',
    whatToDo: 'w',
    sources: [{ title: 't', url: 'https://example.org' }],
    ...extra,
  }) as RedFlag;
const gate = (id: string): Gate => ({ id, text: `${id}?` });

// Ten regions in all: "everywhere" (8 of 10) is broad, the rest are specific.
const EVERYWHERE = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'calf', 'knee'];
const data: RedFlagData = {
  gates: [gate('injury'), gate('unwell')],
  redFlags: [
    flag('clot', ['calf', 'knee'], [{ urgency: 'today' }, { urgency: 'emergency' }]),
    flag('cyst', ['knee'], [{ urgency: 'soon' }, { urgency: 'today', priority: 5 }]),
    flag('fracture', EVERYWHERE, [{ urgency: 'emergency' }, { urgency: 'today' }], { gate: 'injury' }),
    flag('compartment', ['calf'], [{ urgency: 'emergency' }], { gate: 'injury' }),
    flag('infection', EVERYWHERE, [{ urgency: 'today' }, { urgency: 'emergency', notSure: 'today' }], { gate: 'unwell' }),
    flag('cancer', EVERYWHERE, [{ urgency: 'soon' }]),
  ],
};
const sel = (...ids: string[]) => ids as RegionId[];
const keys = (answers: Answers, ...ids: string[]) => triage(sel(...ids), data, answers, 10).asked.map((i) => i.key);

describe('relevantScreens', () => {
  it('returns nothing for regions no screen covers', () => {
    expect(relevantScreens(sel('nowhere'), data.redFlags)).toEqual([]);
  });

  it('puts specific screens before broad ones, then more matched regions, then data order', () => {
    expect(relevantScreens(sel('knee', 'a'), data.redFlags, 10).map((s) => s.flag.id)).toEqual(['clot', 'cyst', 'fracture', 'infection', 'cancer']);
    expect(relevantScreens(sel('knee', 'calf'), data.redFlags, 10)[0]).toMatchObject({ regions: ['calf', 'knee'], urgency: 'emergency', broad: false });
  });
});

describe('triage: the order', () => {
  it.each<[string, string[], string[]]>([
    ['emergency before today before soon, specific before the broad entry questions', ['knee'], ['clot/q1', 'cyst/q1', 'clot/q0', 'cyst/q0', 'gate/injury', 'gate/unwell']],
    ['an entry question shared by a specific screen comes with the specific ones', ['calf'], ['clot/q1', 'gate/injury', 'clot/q0', 'gate/unwell']],
    ['broad screens alone: only their entry questions', ['a'], ['gate/injury', 'gate/unwell']],
  ])('%s', (_what, ids, expected) => {
    expect(keys({}, ...ids)).toEqual(expected);
  });

  it('uses the data priority where the clinical order needs it (cyst q1 is "today" with priority 5)', () => {
    const asked = keys({}, 'knee');
    expect(asked.indexOf('cyst/q1')).toBeLessThan(asked.indexOf('clot/q0'));
  });

  it('asks each entry question once, however many screens it opens', () => {
    expect(keys({}, 'calf', 'a').filter((k) => k === gateKey('injury'))).toHaveLength(1);
  });
});

describe('triage: gating', () => {
  it('keeps a gated screen closed until its entry question is answered yes or not sure', () => {
    expect(keys({ 'gate/injury': 'no' }, 'calf')).not.toContain('fracture/q0');
    for (const open of ['yes', 'unsure'] as const) {
      const asked = keys({ 'gate/injury': open }, 'calf');
      // The questions it opens follow the entry question: the screen specific to the calf first, then by urgency.
      expect(asked.slice(asked.indexOf('gate/injury'), asked.indexOf('gate/injury') + 4)).toEqual(['gate/injury', 'compartment/q0', 'fracture/q0', 'fracture/q1']);
    }
  });

  it('leaves broad screens without an entry question to "More checks", where they do not hold self-care', () => {
    const t = triage(sel('knee'), data, {}, 10);
    expect(t.more.map((i) => i.key)).toEqual(['cancer/q0']);
    expect(t.asked.map((i) => i.key)).not.toContain('cancer/q0');
  });

  it('never leaves a question of a specific screen to "More checks"', () => {
    for (const ids of [['knee'], ['calf'], ['knee', 'calf', 'a']]) {
      const t = triage(sel(...ids), data, { 'gate/injury': 'yes', 'gate/unwell': 'yes' }, 10);
      expect(t.more.filter((i) => i.kind === 'question' && !i.screen.broad)).toEqual([]);
    }
  });
});

describe('currentPage: at most five unanswered at a time', () => {
  const items = triage(sel('knee', 'calf'), data, { 'gate/injury': 'yes', 'gate/unwell': 'yes' }, 10).asked;

  it('shows the first five unanswered questions and counts the rest', () => {
    const page = currentPage(items, {});
    expect(page.shown).toHaveLength(5);
    expect(page.later).toBe(items.length - 5);
  });

  it('keeps answered questions in place and moves on to the next ones', () => {
    const answers = { [items[0]!.key]: 'no', [items[1]!.key]: 'no' } as const;
    const page = currentPage(items, answers);
    expect(page.shown.filter((i) => answers[i.key as keyof typeof answers] === undefined)).toHaveLength(5);
    expect(page.shown.slice(0, 2)).toEqual(items.slice(0, 2));
  });
});

describe('assess: what holds self-care', () => {
  const t = (answers: Answers) => triage(sel('knee', 'calf'), data, answers, 10);
  const all = (a: Answers): Answers => {
    const out: Record<string, 'no'> = {};
    for (const item of t(a).asked) out[item.key] = 'no';
    return { ...out, ...a };
  };

  it('holds every place a question is about while it is unanswered, never taking silence as no', () => {
    const a = assess(t({}), {}, []);
    expect(a.pending).toHaveLength(t({}).asked.length);
    expect([...a.held].sort()).toEqual(['calf', 'knee']);
    expect(a.level).toBeNull();
  });

  it('releases places once everything asked about them is answered no', () => {
    const answers = all({});
    const a = assess(t(answers), answers, []);
    expect(a.pending).toEqual([]);
    expect(a.held.size).toBe(0);
  });

  it('holds on a yes and on "not sure", until a clinician\'s check is confirmed', () => {
    for (const value of ['yes', 'unsure'] as const) {
      const answers = all({ [questionKey('cyst', 'q0')]: value });
      const a = assess(t(answers), answers, []);
      expect([...a.held]).toEqual(['knee']);
      expect(a.holdingKeys).toEqual(['cyst/q0']);
      expect(assess(t(answers), answers, ['cyst/q0']).held.size).toBe(0);
    }
  });

  it('gives "not sure" the outcome the data names, by default the same as yes', () => {
    const q = data.redFlags[4]!.questions[1]!;
    expect(outcomeUrgency(q, 'yes')).toBe('emergency');
    expect(outcomeUrgency(q, 'unsure')).toBe('today');
    expect(outcomeUrgency(data.redFlags[0]!.questions[1]!, 'unsure')).toBe('emergency');
  });

  it('reports the most urgent outcome first', () => {
    const answers = all({ 'clot/q0': 'yes', 'clot/q1': 'yes' });
    const a = assess(t(answers), answers, []);
    expect(a.level).toBe('emergency');
    expect(a.outcomes.map((o) => o.key)).toEqual(['clot/q1', 'clot/q0']);
  });

  it('does not hold for unanswered "More checks", but does for a yes there', () => {
    const answers = all({});
    expect(assess(t(answers), answers, []).held.size).toBe(0);
    const yes = { ...answers, 'cancer/q0': 'yes' } as const;
    expect([...assess(t(yes), yes, []).held].sort()).toEqual(['calf', 'knee']);
  });

  it('holds the places a gated screen is about while its entry question is unanswered', () => {
    const answers = { ...all({}) } as Record<string, 'no' | undefined>;
    answers['gate/injury'] = undefined;
    const a = assess(t(answers), answers, []);
    expect(a.pending).toEqual(['gate/injury']);
    expect([...a.held].sort()).toEqual(['calf', 'knee']);
  });
});
