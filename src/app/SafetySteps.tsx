import { useCallback, useEffect, useRef, useState } from 'react';
import type { TriageItem } from '../domain/safety';
import { firstKey } from '../domain/first-check';
import { FirstCheck } from '../features/safety/FirstCheck';
import { TriageQuestions, announcement, whyAsked } from '../features/safety/TriageQuestions';
import { regionById } from '../content/browser-content';
import type { RegionId } from '../content/schema';
import { CountryPicker } from '../features/safety/CountryPicker';
import { SafetyUnavailable } from '../features/safety/SafetyUnavailable';
import { useSafetyStore } from '../stores/safety-store';
import { useVisitStore } from '../stores/visit-store';
import { useCountryStore } from '../stores/country-store';
import type { SafetyView } from './use-safety';

export interface SafetyStepsProps {
  view: SafetyView;
  /** Called once when the last answer clears the check (the home page then moves on to the results). */
  onClear?: () => void;
  /** Only these of the triage's questions are shown (a muscle page shows those about its own places). */
  only?: (item: TriageItem) => boolean;
  /** Unique prefix for the radio groups on this page. */
  name: string;
}

/**
 * The safety check as the person meets it: the everyone-first screen, then the triage a few questions at
 * a time, each outcome under its answer, the country's numbers, and one live region that announces an
 * emergency once. Used by the home page's triage panel and by every muscle page.
 */
export function SafetySteps({ view, only, name, onClear }: SafetyStepsProps) {
  const answers = useSafetyStore((s) => s.answers);
  const confirmed = useSafetyStore((s) => s.confirmed);
  // Saved entries with a value that no longer count: answered more than a day ago (ANSWER_FRESH_HOURS).
  const entries = useSafetyStore((s) => s.entries);
  const answer = useSafetyStore((s) => s.answer);
  const confirmChecked = useSafetyStore((s) => s.confirmChecked);
  const firstCheck = useVisitStore((s) => s.firstCheck);
  const adult = useVisitStore((s) => s.adult);
  const answerFirstCheck = useVisitStore((s) => s.answerFirstCheck);
  const answerAdult = useVisitStore((s) => s.answerAdult);
  const clearVisit = useVisitStore((s) => s.clear);
  const choose = useCountryStore((s) => s.choose);
  const onConfirm = useCallback((key: string) => { confirmChecked([key]); }, [confirmChecked]);
  const gates = view.status === 'ready' ? view.data.gates : undefined;
  // "Asked because you marked numbness or tingling: palm, right." under a question that what the person
  // said about a place brought in.
  const why = useCallback(
    (item: TriageItem) => {
      if (item.kind !== 'question' || !item.told) return undefined;
      const { minIntensity, gate } = item.screen.flag;
      const kinds = gates?.find((g) => g.id === gate)?.answeredBy;
      const reason = minIntensity !== undefined ? { minIntensity } : kinds ? { kinds } : undefined;
      return whyAsked(item.told, reason, (id) => regionById.get(id as RegionId)?.label ?? id);
    },
    [gates],
  );
  const confirmFirst = useCallback(() => { if (firstCheck) confirmChecked([firstKey(firstCheck)]); }, [firstCheck, confirmChecked]);
  const pick = useCallback(
    (value: string) => {
      // A new pick starts unconfirmed: a clinician's check was for the earlier answer.
      if (firstCheck && firstCheck !== 'none') answer(firstKey(firstCheck), undefined);
      answerFirstCheck(value);
    },
    [firstCheck, answer, answerFirstCheck],
  );

  // When the everyone-first screen folds away (its last answer given here), the answer's radio goes with
  // it: move focus to the questions that follow, so keyboard and screen-reader users are not lost.
  const questionsRef = useRef<HTMLDivElement>(null);
  const firstState = view.status === 'ready' ? view.first.state : null;
  const wasPending = useRef(firstState === 'pending');
  useEffect(() => {
    if (firstState === 'pending') wasPending.current = true;
    else if (firstState === 'clear' && wasPending.current) {
      wasPending.current = false;
      questionsRef.current?.focus({ preventScroll: true });
      questionsRef.current?.scrollIntoView({ block: 'start' });
    }
  }, [firstState]);

  // Once everything asked is answered and nothing holds, the questions fold into one line ("Review").
  const [reviewing, setReviewing] = useState(false);
  const allClear =
    view.status === 'ready' &&
    view.first.state === 'clear' &&
    view.assessment.pending.length === 0 &&
    view.assessment.holdingKeys.length === 0 &&
    (only ? view.triage.asked.some(only) : view.triage.asked.length > 0);
  const wasClear = useRef(allClear);
  useEffect(() => {
    if (allClear && !wasClear.current) onClear?.();
    wasClear.current = allClear;
  }, [allClear, onClear]);

  if (view.status !== 'ready') return <SafetyUnavailable status={view.status} onRetry={view.retry} emergency={view.help.emergency} />;

  const asked = only ? view.triage.asked.filter(only) : view.triage.asked;
  const more = only ? view.triage.more.filter(only) : view.triage.more;
  const page = view.engine.currentPage(asked, answers);
  const askedAgain = asked.some((item) => (entries.answers[item.key]?.value ?? null) !== null && answers[item.key] === undefined);
  const firstEmergency = view.first.state === 'outcome' && view.first.item.kind === 'emergency';
  const live = firstEmergency && view.first.state === 'outcome'
    ? `${view.first.item.headline} Call ${view.help.emergency} now.`
    : announcement(view.assessment.outcomes, view.help.emergency);

  return (
    <div className="safety-steps">
      <p className="visually-hidden" aria-live="assertive">{live}</p>
      {view.first.state !== 'clear' ? (
        <FirstCheck
          data={view.data.firstCheck}
          value={firstCheck}
          adult={adult}
          onPick={pick}
          onAdult={answerAdult}
          confirmed={view.first.state === 'outcome' && view.first.confirmed}
          onConfirm={confirmFirst}
          help={view.help}
        />
      ) : (
        <div ref={questionsRef} tabIndex={-1} className="triage__after-first">
          <p className="muted first-check__done">
            In the first list you said none of the urgent signs apply now, and that you are 16 or older.{' '}
            <button type="button" className="link-button" onClick={clearVisit}>Change</button>
          </p>
          {askedAgain && (
            <p className="notice triage__again">
              Some of these you answered more than a day ago. Things can change, so they are asked again.
            </p>
          )}
          {asked.length === 0 && more.length === 0 ? (
            <p>No further safety questions for these places.</p>
          ) : allClear && !reviewing ? (
            <p className="triage__done">
              {/* No count: the one above ("10 to answer") includes the first list, which is summed up apart. */}
              <strong>All answered.</strong> Nothing you said holds back self-care for these places.{' '}
              <button type="button" className="link-button" onClick={() => { setReviewing(true); }}>Review answers</button>
            </p>
          ) : (
            <TriageQuestions
              items={page.shown}
              later={page.later}
              more={more}
              answers={answers}
              onAnswer={answer}
              confirmed={confirmed}
              onConfirm={onConfirm}
              help={view.help}
              name={name}
              why={why}
            />
          )}
        </div>
      )}
      <CountryPicker help={view.help} countries={view.data.countries} onChoose={choose} />
    </div>
  );
}
