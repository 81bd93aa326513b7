import { useEffect, useSyncExternalStore } from 'react';
import { content, type SafetyData } from '../content/browser-content';
import type { RegionId, Urgency } from '../content/schema';
import type { Answers, Assessment, PlaceDetails, Triage } from '../domain/safety';
import type { FirstState } from '../domain/first-check';
import { loadSafety, safetySource, type SafetyLoad } from './safety-source';
import { deviceTimeZone, helpFor, type Help } from '../domain/emergency';
import { useSafetyStore } from '../stores/safety-store';
import { useVisitStore } from '../stores/visit-store';
import { useCountryStore } from '../stores/country-store';
import { useSelectionStore } from '../stores/selection-store';
import { memoLast } from '../lib/memo-last';

type Ready = Extract<SafetyLoad, { state: 'ready' }>;

// The banner, the page and the results bar ask for the same selection in one render: work it out once.
const triageFor = memoLast((load: Ready, selection: readonly RegionId[], answers: Answers, details: PlaceDetails) =>
  load.engine.triage(selection, load.data, answers, content.regions.length, details),
);
const assessFor = memoLast((load: Ready, t: Triage, answers: Answers, confirmed: readonly string[]) => load.engine.assess(t, answers, confirmed));
const firstFor = memoLast((load: Ready, firstCheck: string | null, adult: boolean | null, confirmed: readonly string[]) =>
  load.engine.firstState({ firstCheck, adult }, load.data.firstCheck.items, confirmed),
);
const helpForMemo = memoLast(helpFor);
const timeZone = deviceTimeZone();

export type SafetyView =
  | { status: 'idle' | 'loading' | 'failed'; retry: () => void; help: Help }
  | {
      status: 'ready';
      retry: () => void;
      help: Help;
      data: SafetyData;
      /** The triage's functions, loaded with its data. */
      engine: Ready['engine'];
      triage: Triage;
      assessment: Assessment;
      first: FirstState;
      /** True while the everyone-first screen holds back every self-care step. */
      holdsAll: boolean;
    };

const retry = () => { loadSafety(); };

/**
 * The safety check for a set of places (the marked ones, or a muscle page's own main pain area): its
 * state of loading, the triage and what the answers mean, the everyone-first screen, and the numbers to
 * call. The data loads as soon as it is wanted; while it is not ready, everything is held (fails closed).
 */
export function useSafety(selection: readonly RegionId[], wanted = selection.length > 0): SafetyView {
  const load = useSyncExternalStore(safetySource.subscribe, safetySource.get, safetySource.get);
  useEffect(() => {
    if (wanted) loadSafety();
  }, [wanted]);
  const answers = useSafetyStore((s) => s.answers);
  // A place's kind and pain level can bring screens in (docs/safety.md): the same details on every page.
  const details = useSelectionStore((s) => s.details);
  const confirmed = useSafetyStore((s) => s.confirmed);
  const firstCheck = useVisitStore((s) => s.firstCheck);
  const adult = useVisitStore((s) => s.adult);
  const chosen = useCountryStore((s) => s.chosen);
  const countries = load.state === 'ready' ? load.data.countries : NO_COUNTRIES;
  const help = helpForMemo(chosen, timeZone, countries);
  if (load.state !== 'ready') return { status: load.state, retry, help };
  const t = triageFor(load, selection, answers, details);
  const first = firstFor(load, firstCheck, adult, confirmed);
  return {
    status: 'ready',
    retry,
    help,
    data: load.data,
    triage: t,
    assessment: assessFor(load, t, answers, confirmed),
    first,
    holdsAll: load.engine.firstHoldsAll(first),
    engine: load.engine,
  };
}

const NO_COUNTRIES: SafetyData['countries'] = [];

/**
 * The emergency number to show anywhere (the banner, the disclaimer, the error screen): the person's
 * country once the safety data is loaded, else 112 with "your local emergency number".
 */
export function useHelp(): Help {
  const load = useSyncExternalStore(safetySource.subscribe, safetySource.get, safetySource.get);
  const chosen = useCountryStore((s) => s.chosen);
  return helpForMemo(chosen, timeZone, load.state === 'ready' ? load.data.countries : NO_COUNTRIES);
}

/** Words for the emergency number: "999" when the country is known, else "your local emergency number (112 in much of the world)". */
export function emergencyWords(help: Help): string {
  return help.how === 'unknown' ? `your local emergency number (${help.emergency} works from mobiles in much of the world)` : help.emergency;
}

/** The everyone-first screen's emergency pick while it is not confirmed as examined; undefined otherwise. */
export function firstEmergency(view: SafetyView) {
  if (view.status !== 'ready' || view.first.state !== 'outcome' || view.first.item.kind !== 'emergency' || view.first.confirmed) return undefined;
  return view.first.item;
}

/** How urgent the answers make things now (the banner's level): the first screen's emergency, else the triage's. */
export function urgencyNow(view: SafetyView): Urgency | null {
  if (view.status !== 'ready') return null;
  return firstEmergency(view) ? 'emergency' : view.assessment.level;
}

/** Whether an answer calls for the emergency number now (the phone's bar then offers the call). */
export function isEmergencyNow(view: SafetyView): boolean {
  return urgencyNow(view) === 'emergency';
}

/** Whether self-care for a place must wait: anything unknown or unanswered holds it (fails closed). */
export function isHeldRegion(view: SafetyView, region: RegionId): boolean {
  return view.status !== 'ready' || view.holdsAll || view.assessment.held.has(region);
}

/** The one count of safety questions still to answer for a selection (the same on every page). */
export function pendingCount(view: SafetyView): number | null {
  if (view.status !== 'ready') return null;
  return view.assessment.pending.length + (view.first.state === 'pending' ? view.first.missing : 0);
}
