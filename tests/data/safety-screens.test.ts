// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load-content-node';
import { assess, gateKey, relevantScreens, triage, type Answers } from '../../src/domain/safety';
import { parseSelection } from '../../src/domain/selection';
import { helpFor } from '../../src/domain/emergency';
import type { RegionId } from '../../src/content/schema';

const content = loadContent();
const ids = (list: string[]) => list as RegionId[];
const screens = (...regions: string[]) => relevantScreens(ids(regions), content.redFlags, content.regions.length).map((s) => s.flag.id);
/** Every entry question answered as given ("no" by default): the questions asked before self-care. */
const asked = (regions: string[], gates: 'no' | 'yes' = 'no') => {
  const answers: Record<string, 'no' | 'yes'> = {};
  for (const g of content.gates) answers[gateKey(g.id)] = gates;
  return triage(ids(regions), content, answers, content.regions.length);
};
const askedScreens = (regions: string[]) =>
  new Set(asked(regions).asked.flatMap((i) => (i.kind === 'gate' ? i.screens.map((s) => s.flag.id) : [i.screen.flag.id])));

// What a clinician would want ruled out for pain in each region group (a representative place each).
// "asked": asked before self-care, directly or through its entry question; "also": relevant anywhere.
const TABLE: [group: string, regions: string[], askedFirst: string[], also: string[]][] = [
  ['head', ['temple-right'], ['giant-cell-arteritis', 'stroke'], ['infection']],
  ['head (back)', ['head-back-left'], ['meningitis', 'stroke'], []],
  ['neck', ['neck-back-left'], ['meningitis', 'nerve-compression'], ['fracture-dislocation']],
  ['neck (front)', ['neck-front-left'], ['heart-attack', 'aortic-dissection'], []],
  ['shoulder', ['shoulder-top-left'], ['heart-attack'], ['nerve-compression', 'hot-swollen-joint']],
  ['shoulder (right)', ['shoulder-top-right'], ['heart-attack'], []],
  ['chest', ['chest-upper-left'], ['heart-attack', 'pulmonary-embolism', 'aortic-dissection'], []],
  ['upper back', ['between-shoulder-blades-left'], ['aortic-dissection', 'pulmonary-embolism', 'heart-attack'], []],
  ['back', ['low-back-right'], ['cauda-equina', 'kidney', 'aortic-dissection', 'abdominal-aortic-aneurysm'], ['nerve-compression', 'cancer-warning-signs']],
  ['abdomen', ['abdomen-lower-right'], ['appendicitis', 'ectopic-pregnancy'], ['kidney']],
  ['hip', ['groin-right'], ['testicular-torsion', 'appendicitis', 'ectopic-pregnancy'], ['hot-swollen-joint', 'fracture-dislocation']],
  ['thigh', ['thigh-back-upper-left'], ['dvt', 'limb-ischaemia'], ['nerve-compression', 'rhabdomyolysis']],
  ['knee', ['knee-back-right'], ['bakers-cyst', 'dvt'], []],
  ['knee (front)', ['knee-front-right'], ['hot-swollen-joint', 'fracture-dislocation'], ['infection']],
  ['lower leg', ['calf-upper-right'], ['dvt', 'compartment-syndrome', 'limb-ischaemia'], ['rhabdomyolysis']],
  ['lower leg (Achilles)', ['achilles-right'], ['achilles-rupture'], []],
  ['foot', ['big-toe-right'], ['hot-swollen-joint', 'limb-ischaemia'], ['fracture-dislocation', 'infection']],
  ['arm', ['upper-arm-inner-left'], ['heart-attack', 'limb-ischaemia'], ['nerve-compression', 'dvt']],
  ['hand', ['palm-right'], ['nerve-compression'], ['infection', 'fracture-dislocation']],
];

describe('safety screens by region group', () => {
  it.each(TABLE)('%s (%j) asks %j before self-care, and knows %j', (_group, regions, askedFirst, also) => {
    const before = askedScreens(regions);
    for (const id of askedFirst) expect([...before], id).toContain(id);
    const all = screens(...regions);
    for (const id of also) expect(all, id).toContain(id);
  });

  it('asks the heart-attack screen first for chest + left inner arm', () => {
    const first = asked(['chest-upper-left', 'upper-arm-inner-left']).asked[0];
    expect(first?.kind === 'question' && first.screen.flag.id).toBe('heart-attack');
  });

  it('asks about saddle numbness first for low back with perineum', () => {
    const first = asked(['low-back-left', 'perineum']).asked[0];
    expect(first?.kind === 'question' && first.screen.flag.id).toBe('cauda-equina');
  });

  it('asks the clot screen for the calf before the fracture screen', () => {
    const keys = asked(['calf-upper-right'], 'yes').asked.map((i) => i.key);
    const clot = keys.findIndex((k) => k.startsWith('dvt/'));
    const fracture = keys.findIndex((k) => k.startsWith('fracture-dislocation/'));
    expect(clot).toBeGreaterThanOrEqual(0);
    expect(clot).toBeLessThan(fracture);
  });

  it('has a screen for every region of the body', () => {
    expect(content.regions.filter((r) => screens(r.id).length === 0).map((r) => r.id)).toEqual([]);
  });

  it('has at least 25 screens', () => {
    expect(content.redFlags.length).toBeGreaterThanOrEqual(25);
  });
});

describe('the triage for the four typical selections', () => {
  it.each([
    ['back of knee + upper calf', ['knee-back-right', 'calf-upper-right']],
    ['temple', ['temple-right']],
  ])('asks 8 questions or fewer before self-care for %s (entry questions included)', (_name, regions) => {
    expect(asked(regions).asked.length).toBeLessThanOrEqual(8);
  });

  // The sourced screens can't honestly reach 8 here (docs/safety.md, "Where the count is over 8"): four
  // cauda equina emergencies, two aortic screens and the kidney for the low back; heart attack, clot in
  // the lung, aortic dissection and an arm clot for the chest and arm. These guard the figures instead.
  it.each([
    ['low back + buttock', ['low-back-right', 'buttock-upper-right'], 18],
    ['chest + inner arm', ['chest-upper-left', 'upper-arm-inner-left'], 18],
  ])('asks no more than the documented %s questions, the first five all emergencies', (_name, regions, most) => {
    const t = asked(regions);
    expect(t.asked.length).toBeLessThanOrEqual(most);
    expect(t.asked.slice(0, 5).map((i) => i.kind === 'question' && i.question.urgency)).toEqual(Array(5).fill('emergency'));
  });

  it('never leaves a question of a screen specific to the marked places to "More checks"', () => {
    for (const r of content.regions) {
      const t = asked([r.id], 'yes');
      expect(t.more.filter((i) => i.kind === 'question' && !i.screen.broad).map((i) => i.key), r.id).toEqual([]);
    }
  });

  it('keeps the dangerous specific questions asked, not behind an entry question', () => {
    const first = (regions: string[]) => asked(regions).asked.filter((i) => i.kind === 'question').map((i) => i.key);
    expect(first(['knee-back-right', 'calf-upper-right']).some((k) => k.startsWith('dvt/'))).toBe(true);
    expect(first(['temple-right']).some((k) => k.startsWith('stroke/'))).toBe(true);
    expect(first(['low-back-right', 'buttock-upper-right']).some((k) => k.startsWith('cauda-equina/'))).toBe(true);
    expect(first(['chest-upper-left', 'upper-arm-inner-left']).some((k) => k.startsWith('heart-attack/'))).toBe(true);
  });
});

describe('the numbers to call', () => {
  it('has at least 30 countries, each with an emergency number and a crisis line', () => {
    expect(content.countries.length).toBeGreaterThanOrEqual(30);
  });

  it('never offers a non-emergency line as the emergency number', () => {
    for (const c of content.countries) {
      expect(c.urgent?.number.replace(/ /g, ''), c.code).not.toBe(c.emergency);
      expect(c.crisis.number.replace(/ /g, ''), c.code).not.toBe(c.emergency);
    }
  });

  it.each([
    ['Pacific/Auckland', '111'],
    ['Europe/London', '999'],
    ['America/Chicago', '911'],
    ['Australia/Sydney', '000'],
    ['Europe/Berlin', '112'],
    ['UTC', '112'],
    ['Mars/Olympus_Mons', '112'],
  ])('guesses from the time zone %s: %s', (zone, number) => {
    expect(helpFor(null, zone, content.countries).emergency).toBe(number);
  });

  it('knows England\'s 111 is not an emergency line, and New Zealand\'s is', () => {
    const gb = content.countries.find((c) => c.code === 'GB');
    const nz = content.countries.find((c) => c.code === 'NZ');
    expect(gb?.urgent?.number).toBe('111');
    expect(gb?.emergency).toBe('999');
    expect(nz?.emergency).toBe('111');
  });

  it('says "choose your country" when the zone is unknown', () => {
    expect(helpFor(null, 'UTC', content.countries).how).toBe('unknown');
  });
});

describe('what the person says about a place (`palm-right:9:numbness`, as in a link)', () => {
  const known = new Set(content.regions.map((r) => r.id));
  /** The triage for places written as a link writes them, every entry question answered as given. */
  const told = (link: string, answers: Answers = {}) => {
    const { ids: regions, details } = parseSelection(link, known);
    return { regions, t: triage(regions, content, answers, content.regions.length, details) };
  };
  const keys = (t: ReturnType<typeof triage>) => t.asked.map((i) => i.key);
  const NERVE = ['nerve-compression/both-sides-or-bladder', 'nerve-compression/weakness-foot-drop', 'nerve-compression/clumsy-hands-unsteady', 'nerve-compression/severe-or-worsening'];

  it.each([['numbness'], ['tingling']])('asks the nerve screen\'s own questions before self-care for %s, without its entry question', (kind) => {
    const { t } = told(`palm-right::${kind}`);
    expect(keys(t)).not.toContain(gateKey('nerve'));
    for (const key of NERVE) expect(keys(t)).toContain(key);
    expect(t.more.map((i) => i.key)).not.toContain(NERVE[0]);
  });

  it('asks them even if the entry question was answered no before the numbness was marked', () => {
    expect(keys(told('palm-right:6:numbness', { [gateKey('nerve')]: 'no' }).t)).toContain(NERVE[1]);
  });

  it('asks only the entry question when no place is numb or tingling', () => {
    const { t } = told('palm-right:7:burning');
    expect(keys(t)).toContain(gateKey('nerve'));
    expect(keys(t)).not.toContain(NERVE[0]);
  });

  it('brings the nerve screen in for a numb place it does not usually cover (the upper chest)', () => {
    const { t } = told('chest-upper-left::numbness');
    const item = t.asked.find((i) => i.key === NERVE[0]);
    expect(item?.regions).toEqual(['chest-upper-left']);
  });

  it('holds self-care for the numb place until the nerve questions are answered, and releases it on no', () => {
    const { t } = told('palm-right::tingling,temple-left');
    const noToAllButNerve = Object.fromEntries(t.asked.filter((i) => !i.key.startsWith('nerve-compression/')).map((i) => [i.key, 'no' as const]));
    const before = assess(t, noToAllButNerve, []);
    expect(before.pending).toEqual(NERVE);
    expect(before.held.has('palm-right' as never)).toBe(true);
    expect(before.held.has('temple-left' as never)).toBe(false);
    const allNo = { ...noToAllButNerve, ...Object.fromEntries(NERVE.map((k) => [k, 'no' as const])) };
    expect(assess(told('palm-right::tingling,temple-left', allNo).t, allNo, []).held.size).toBe(0);
    const yes = { ...allNo, [NERVE[1] ?? '']: 'yes' as const };
    const after = assess(told('palm-right::tingling,temple-left', yes).t, yes, []);
    expect(after.level).toBe('today');
    expect(after.held.has('palm-right' as never)).toBe(true);
  });

  it.each([['9'], ['10']])('asks the severe-pain question for a place at %s, for that place only', (level) => {
    const { t } = told(`knee-back-right:${level},calf-upper-right`);
    const item = t.asked.find((i) => i.key === 'severe-pain/sudden-or-unbearable');
    expect(item?.regions).toEqual(['knee-back-right']);
    expect(item?.kind === 'question' && item.told).toEqual(['knee-back-right']);
  });

  it.each([['8'], ['5'], ['1']])('does not ask it at %s', (level) => {
    expect(keys(told(`knee-back-right:${level}`).t)).not.toContain('severe-pain/sudden-or-unbearable');
  });

  it('keeps the severe-pain question short, plain and at "today", with NHS sources', () => {
    const flag = content.redFlags.find((f) => f.id === 'severe-pain');
    expect(flag?.minIntensity).toBe(9);
    expect(flag?.questions.map((q) => q.urgency)).toEqual(['today']);
    expect(flag?.sources.every((s) => /nhs\.uk\//.test(s.url))).toBe(true);
  });
});
