import type { Gate, RedFlag, RedFlagQuestion, RegionId, Urgency } from '../content/schema';
import type { PlaceDetail } from './pain';

// domain/pain.ts's DEFAULT_INTENSITY, written out: this code loads lazily and shares no module with the first load.
const DEFAULT_INTENSITY = 5;

/** "Not sure" is its own answer: it is never taken as no (docs/safety.md). */
export type Answer = 'yes' | 'no' | 'unsure';
/** Answers by key (`questionKey`, `gateKey`); a missing key means "not answered yet". */
export type Answers = Readonly<Record<string, Answer | undefined>>;

/** What was said about the marked places (pain level, kind): places not listed are level 5 with no kind. */
export type PlaceDetails = Readonly<Partial<Record<RegionId, PlaceDetail>>>;

/** The red-flag data the triage is picked from (data/red-flags.json). */
export interface RedFlagData {
  gates: readonly Gate[];
  redFlags: readonly RedFlag[];
}

export interface Screen {
  flag: RedFlag;
  /** The selected regions that make this screen relevant. */
  regions: RegionId[];
  /** The most urgent of its questions. */
  urgency: Urgency;
  /** Relevant to more than BROAD_SHARE of the body: asked after the screens specific to the marked places. */
  broad: boolean;
}

export const URGENCY_RANK: Record<Urgency, number> = { emergency: 3, today: 2, soon: 1 };

/** The key under which an answer is stored: `questionKey('dvt', 'leg-swollen-warm') // -> 'dvt/leg-swollen-warm'`. */
export function questionKey(flagId: string, questionId: string): string {
  return `${flagId}/${questionId}`;
}

/** The key of an entry question: `gateKey('injury') // -> 'gate/injury'`. */
export function gateKey(gateId: string): string {
  return `gate/${gateId}`;
}

export function mostUrgent(urgencies: readonly Urgency[]): Urgency {
  return urgencies.reduce<Urgency>((a, b) => (URGENCY_RANK[b] > URGENCY_RANK[a] ? b : a), 'soon');
}

/** A screen relevant to more than this share of all regions (infection, fractures...) is "broad". */
export const BROAD_SHARE = 0.4;

/** The triage asks at most this many unanswered questions at a time. */
export const PAGE_SIZE = 5;

/**
 * The safety screens relevant to a selection, most relevant first: screens specific to a part of the
 * body before broad ones that apply almost everywhere; then those matching more of the selected regions;
 * then the order of data/red-flags.json, which lists conditions by clinical priority. A screen with
 * `minIntensity` is relevant only for places marked at that level or above; `told` adds, per entry
 * question, the places whose kind has answered it (numbness for the nerve question), so its screens
 * concern those places too.
 * `relevantScreens(['chest-upper-left', 'upper-arm-inner-left'], flags)[0].flag.id // -> 'heart-attack'`
 */
export function relevantScreens(
  selection: readonly RegionId[],
  flags: readonly RedFlag[],
  regionCount = 148,
  details: PlaceDetails = {},
  told: ReadonlyMap<string, readonly RegionId[]> = new Map(),
): Screen[] {
  const selected = new Set(selection);
  const found: { screen: Screen; order: number }[] = [];
  flags.forEach((flag, order) => {
    const min = flag.minIntensity;
    let regions =
      min === undefined
        ? flag.regions.filter((r) => selected.has(r))
        : selection.filter((r) => (details[r]?.intensity ?? DEFAULT_INTENSITY) >= min && (flag.regions.length === 0 || flag.regions.includes(r)));
    const answered = flag.gate === undefined ? undefined : told.get(flag.gate);
    if (answered) regions = union([regions, answered]);
    if (regions.length === 0) return;
    const urgency = mostUrgent(flag.questions.map((q) => q.urgency));
    found.push({ screen: { flag, regions, urgency, broad: min === undefined && flag.regions.length > BROAD_SHARE * regionCount }, order });
  });
  return found
    .sort((a, b) => Number(a.screen.broad) - Number(b.screen.broad) || b.screen.regions.length - a.screen.regions.length || a.order - b.order)
    .map((f) => f.screen);
}

/** One question of the triage: an entry question (gate) or a screen's own question. */
export type TriageItem =
  | {
      kind: 'gate';
      key: string;
      gate: Gate;
      /** The screens a yes (or "not sure") opens. */
      screens: Screen[];
      /** The selected regions those screens concern. */
      regions: RegionId[];
    }
  | {
      kind: 'question';
      key: string;
      screen: Screen;
      question: RedFlagQuestion;
      regions: RegionId[];
      /** The entry question this one follows, if any. */
      gateKey?: string;
      /** Asked because of what the person said about these places (numbness, a pain level of 9), not only where they are. */
      told?: RegionId[];
    };

export interface Triage {
  /** Asked before self-care, in order: each gate followed by the questions it has opened. */
  asked: TriageItem[];
  /** "More checks": broad screens with no entry question. Still reachable; they do not hold self-care. */
  more: TriageItem[];
}

const isOpen = (answer: Answer | undefined) => answer === 'yes' || answer === 'unsure';

interface Sortable {
  broad: boolean;
  urgency: Urgency;
  priority: number;
  order: number;
}

const byClinicalOrder = (a: Sortable, b: Sortable) =>
  Number(a.broad) - Number(b.broad) ||
  URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency] ||
  b.priority - a.priority ||
  a.order - b.order;

function union(lists: readonly (readonly RegionId[])[]): RegionId[] {
  return [...new Set(lists.flat())];
}

/** Per entry question with `answeredBy`, the marked places whose kind answers it yes: `{ nerve: ['palm-right'] }`. */
export function toldGates(selection: readonly RegionId[], gates: readonly Gate[], details: PlaceDetails): Map<string, RegionId[]> {
  const told = new Map<string, RegionId[]>();
  for (const gate of gates) {
    const places = selection.filter((r) => {
      const kind = details[r]?.kind;
      return kind !== undefined && gate.answeredBy?.includes(kind) === true;
    });
    if (places.length) told.set(gate.id, places);
  }
  return told;
}

/**
 * The questions to ask before self-care for a selection, most dangerous and most likely first
 * (docs/safety.md): screens specific to the marked places before broad ones; within that emergency before
 * "today" before "soon", then the data's `priority`, then file order. A gated screen is asked through its
 * entry question, and its own questions follow a yes or "not sure" to it. Broad screens without an entry
 * question go to "More checks". What the person said about a place (`details`) can answer an entry
 * question (numbness answers the nerve question: its screens' questions are asked directly) and bring in
 * screens asked only at a high pain level.
 * `triage(['calf-upper-right'], data, {}).asked[0].key // -> 'dvt/breathless-chest-pain'`
 */
export function triage(selection: readonly RegionId[], data: RedFlagData, answers: Answers, regionCount = 148, details: PlaceDetails = {}): Triage {
  const told = toldGates(selection, data.gates, details);
  const screens = relevantScreens(selection, data.redFlags, regionCount, details, told);
  const flagOrder = new Map(data.redFlags.map((f, i) => [f.id, i]));
  const orderOf = (s: Screen) => flagOrder.get(s.flag.id) ?? 0;
  type Entry = { item: TriageItem; sort: Sortable };
  const toldOf = (screen: Screen): RegionId[] | undefined => {
    if (screen.flag.minIntensity !== undefined) return screen.regions;
    return screen.flag.gate === undefined ? undefined : told.get(screen.flag.gate);
  };
  const questionsOf = (screen: Screen, gate?: string): Entry[] =>
    screen.flag.questions.map((question, i) => ({
      item: {
        kind: 'question',
        key: questionKey(screen.flag.id, question.id),
        screen,
        question,
        regions: screen.regions,
        ...(gate === undefined ? {} : { gateKey: gate }),
        ...(toldOf(screen) ? { told: toldOf(screen) } : {}),
      },
      sort: { broad: screen.broad, urgency: question.urgency, priority: question.priority ?? 0, order: orderOf(screen) * 100 + i },
    }));
  const bySort = (a: Entry, b: Entry) => byClinicalOrder(a.sort, b.sort);

  const top: Entry[] = [];
  const more: Entry[] = [];
  const gated = new Map<string, Screen[]>();
  for (const screen of screens) {
    const gate = screen.flag.gate;
    // The person has already told us the answer to its entry question: its own questions are asked.
    if (gate !== undefined && told.has(gate)) top.push(...questionsOf(screen));
    else if (gate !== undefined) gated.set(gate, [...(gated.get(gate) ?? []), screen]);
    else if (screen.broad) more.push(...questionsOf(screen));
    else top.push(...questionsOf(screen));
  }
  const followUps = new Map<string, Entry[]>();
  for (const gate of data.gates) {
    const opens = gated.get(gate.id);
    if (!opens) continue;
    const key = gateKey(gate.id);
    top.push({
      item: { kind: 'gate', key, gate, screens: opens, regions: union(opens.map((s) => s.regions)) },
      sort: {
        broad: opens.every((s) => s.broad),
        // An entry question is placed by the most urgent thing it can open.
        urgency: mostUrgent(opens.map((s) => s.urgency)),
        priority: Math.max(...opens.flatMap((s) => s.flag.questions.map((q) => q.priority ?? 0))),
        order: Math.min(...opens.map(orderOf)) * 100,
      },
    });
    if (isOpen(answers[key])) followUps.set(key, opens.flatMap((s) => questionsOf(s, key)).sort(bySort));
  }
  top.sort(bySort);
  more.sort(bySort);
  return {
    asked: top.flatMap((e) => [e.item, ...(followUps.get(e.item.key) ?? []).map((f) => f.item)]),
    more: more.map((e) => e.item),
  };
}

/**
 * The part of the triage to show now: every question up to and including the PAGE_SIZE-th unanswered
 * one (answered ones stay in place so they can be changed), and how many unanswered ones follow.
 */
export function currentPage(items: readonly TriageItem[], answers: Answers, size = PAGE_SIZE): { shown: TriageItem[]; later: number } {
  let open = 0;
  let end = items.length;
  for (const [i, item] of items.entries()) {
    if (answers[item.key] !== undefined) continue;
    open++;
    if (open === size) {
      end = i + 1;
      break;
    }
  }
  const shown = items.slice(0, end);
  const later = items.slice(end).filter((item) => answers[item.key] === undefined).length;
  return { shown, later };
}

/** A yes or "not sure" to a screen's question, and what it means. */
export interface Outcome {
  key: string;
  flag: RedFlag;
  question: RedFlagQuestion;
  answer: 'yes' | 'unsure';
  urgency: Urgency;
  regions: RegionId[];
}

export interface Assessment {
  /** The most urgent outcome, or null when nothing was answered yes or "not sure". */
  level: Urgency | null;
  /** Outcomes, most urgent first. */
  outcomes: Outcome[];
  /** Keys of the questions asked before self-care that have no answer yet: "the one count". */
  pending: string[];
  /** Regions whose self-care waits: a pending question, or an outcome not yet confirmed as checked. */
  held: Set<RegionId>;
  /** Keys of the outcomes a confirmation would release. */
  holdingKeys: string[];
}

/** What a yes or "not sure" to a question means: `outcomeUrgency(q, 'unsure') // -> q.notSure ?? q.urgency`. */
export function outcomeUrgency(question: RedFlagQuestion, answer: 'yes' | 'unsure'): Urgency {
  return answer === 'unsure' ? (question.notSure ?? question.urgency) : question.urgency;
}

/**
 * What the answers to the triage mean (docs/safety.md). Self-care for a region is held while any question
 * asked about it is unanswered, answered yes or answered "not sure" (until the person confirms a clinician
 * has checked that answer). Unanswered questions in "More checks" don't hold; a yes there does.
 */
export function assess(t: Triage, answers: Answers, confirmed: readonly string[]): Assessment {
  const outcomes: Outcome[] = [];
  const pending: string[] = [];
  const held = new Set<RegionId>();
  const holdingKeys: string[] = [];
  const hold = (regions: readonly RegionId[]) => { for (const r of regions) held.add(r); };
  for (const item of t.asked) {
    const answer = answers[item.key];
    if (answer === undefined) {
      pending.push(item.key);
      hold(item.regions);
    }
  }
  for (const list of [t.asked, t.more]) {
    for (const item of list) {
      if (item.kind !== 'question') continue;
      const answer = answers[item.key];
      if (answer !== 'yes' && answer !== 'unsure') continue;
      outcomes.push({ key: item.key, flag: item.screen.flag, question: item.question, answer, urgency: outcomeUrgency(item.question, answer), regions: item.regions });
      if (confirmed.includes(item.key)) continue;
      holdingKeys.push(item.key);
      hold(item.regions);
    }
  }
  outcomes.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency]);
  return { level: outcomes[0]?.urgency ?? null, outcomes, pending, held, holdingKeys };
}
