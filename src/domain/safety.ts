import type { RedFlag, RegionId, Urgency } from '../content/schema';

export type Answer = 'yes' | 'no';
/** Answers by question key (`questionKey(flag, question)`); a missing key means "not answered yet". */
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface Screen {
  flag: RedFlag;
  /** The selected regions that make this screen relevant. */
  regions: RegionId[];
  /** The most urgent of its questions. */
  urgency: Urgency;
}

export const URGENCY_RANK: Record<Urgency, number> = { emergency: 3, today: 2, soon: 1 };

/** The key under which an answer is stored: `questionKey('dvt', 'leg-swollen-warm') // -> 'dvt/leg-swollen-warm'`. */
export function questionKey(flagId: string, questionId: string): string {
  return `${flagId}/${questionId}`;
}

export function mostUrgent(urgencies: readonly Urgency[]): Urgency {
  return urgencies.reduce<Urgency>((a, b) => (URGENCY_RANK[b] > URGENCY_RANK[a] ? b : a), 'soon');
}

/** A screen relevant to more than this share of all regions (infection, fractures...) is "broad". */
export const BROAD_SHARE = 0.4;

/**
 * The safety screens relevant to a selection, most relevant first: screens specific to a part of the
 * body before broad ones that apply almost everywhere; then those matching more of the selected regions;
 * then the order of data/red-flags.json, which lists conditions by clinical priority.
 * `relevantScreens(['chest-upper-left', 'upper-arm-inner-left'], flags)[0].flag.id // -> 'heart-attack'`
 */
export function relevantScreens(selection: readonly RegionId[], flags: readonly RedFlag[], regionCount = 148): Screen[] {
  const selected = new Set(selection);
  const found: { screen: Screen; order: number; broad: boolean }[] = [];
  flags.forEach((flag, order) => {
    const regions = flag.regions.filter((r) => selected.has(r));
    if (regions.length === 0) return;
    const urgency = mostUrgent(flag.questions.map((q) => q.urgency));
    found.push({ screen: { flag, regions, urgency }, order, broad: flag.regions.length > BROAD_SHARE * regionCount });
  });
  return found
    .sort((a, b) => Number(a.broad) - Number(b.broad) || b.screen.regions.length - a.screen.regions.length || a.order - b.order)
    .map((f) => f.screen);
}

/** The keys of the questions of these screens that have no answer yet. */
export function unansweredKeys(screens: readonly Screen[], answers: Answers): string[] {
  return screens
    .flatMap((s) => s.flag.questions.map((q) => questionKey(s.flag.id, q.id)))
    .filter((key) => answers[key] === undefined);
}

export interface YesAnswer {
  flag: RedFlag;
  question: RedFlag['questions'][number];
  /** Selected regions this "yes" is about (the screen's matched regions). */
  regions: RegionId[];
}

export interface Assessment {
  /** The most urgent "yes", or null when nothing was answered yes. */
  level: Urgency | null;
  yes: YesAnswer[];
  unanswered: number;
  total: number;
}

/** What the answers to the relevant screens mean. Unanswered questions are counted, never taken as "no". */
export function assess(screens: readonly Screen[], answers: Answers): Assessment {
  const yes: YesAnswer[] = [];
  let unanswered = 0;
  let total = 0;
  for (const screen of screens) {
    for (const question of screen.flag.questions) {
      total++;
      const answer = answers[questionKey(screen.flag.id, question.id)];
      if (answer === undefined) unanswered++;
      else if (answer === 'yes') yes.push({ flag: screen.flag, question, regions: screen.regions });
    }
  }
  yes.sort((a, b) => URGENCY_RANK[b.question.urgency] - URGENCY_RANK[a.question.urgency]);
  return { level: yes.length ? mostUrgent(yes.map((y) => y.question.urgency)) : null, yes, unanswered, total };
}

/**
 * Regions whose self-care must wait: those covered by a "yes" that means emergency or see a doctor today,
 * unless the person confirmed they have been checked for exactly those answers.
 */
export function heldRegions(assessment: Assessment, confirmed: readonly string[]): Set<RegionId> {
  const held = new Set<RegionId>();
  for (const y of assessment.yes) {
    if (y.question.urgency === 'soon') continue;
    if (confirmed.includes(questionKey(y.flag.id, y.question.id))) continue;
    for (const r of y.regions) held.add(r);
  }
  return held;
}

/** The keys of the "yes" answers that hold self-care back (what a confirmation covers). */
export function holdingKeys(assessment: Assessment): string[] {
  return assessment.yes.filter((y) => y.question.urgency !== 'soon').map((y) => questionKey(y.flag.id, y.question.id));
}
