import { memo, useState } from 'react';
import type { Answer, Answers, Screen } from '../../domain/safety';
import { questionKey, unansweredKeys } from '../../domain/safety';

export interface SafetyCheckProps {
  screens: readonly Screen[];
  answers: Answers;
  onAnswer: (key: string, value: Answer) => void;
  /** How many screens to show open; the rest sit under "More safety checks". */
  open: number;
}

const URGENCY_WORDS = { emergency: 'emergency', today: 'see a doctor today', soon: 'see a doctor soon' } as const;

interface ScreenProps {
  screen: Screen;
  answers: Answers;
  onAnswer: SafetyCheckProps['onAnswer'];
}

/** Re-render a screen only when its own answers change (the selection changes it rarely). */
function sameScreen(a: ScreenProps, b: ScreenProps): boolean {
  return (
    a.screen.flag === b.screen.flag &&
    a.onAnswer === b.onAnswer &&
    a.screen.flag.questions.every((q) => a.answers[questionKey(a.screen.flag.id, q.id)] === b.answers[questionKey(b.screen.flag.id, q.id)])
  );
}

const ScreenQuestions = memo(function ScreenQuestions({ screen, answers, onAnswer }: ScreenProps) {
  return (
    <div className="safety__screen">
      <h3>{screen.flag.name}</h3>
      {screen.flag.questions.map((q) => {
        const key = questionKey(screen.flag.id, q.id);
        const value = answers[key];
        return (
          <fieldset key={key} className="safety__question" data-urgency={q.urgency}>
            <legend>{q.text}</legend>
            <div className="safety__choices">
              {(['yes', 'no'] as const).map((choice) => (
                <label key={choice} className={`choice${value === choice ? ' choice--on' : ''}`}>
                  <input type="radio" name={key} value={choice} checked={value === choice} onChange={() => { onAnswer(key, choice); }} />
                  {choice === 'yes' ? 'Yes' : 'No'}
                </label>
              ))}
              <span className="visually-hidden">If yes: {URGENCY_WORDS[q.urgency]}.</span>
            </div>
            {value === 'yes' && (
              <p className={`safety__yes safety__yes--${q.urgency}`}>
                {q.urgency === 'emergency' ? 'This can be an emergency: ' : `This means ${URGENCY_WORDS[q.urgency]}: `}
                <a href="#safety-alert-title">see what to do</a> at the top of the page.
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}, sameScreen);

/** The short red-flag questions for the marked places, asked before any self-care advice. */
export function SafetyCheck({ screens, answers, onAnswer, open }: SafetyCheckProps) {
  const [moreOpen, setMoreOpen] = useState(false);
  if (screens.length === 0) return null;
  const first = screens.slice(0, open);
  const rest = screens.slice(open);
  const shown = first.reduce((n, s) => n + s.flag.questions.length, 0);
  const unanswered = unansweredKeys(first, answers).length;
  return (
    <section className="panel safety" aria-labelledby="safety-title">
      <h2 id="safety-title">Safety check</h2>
      <p className="muted">
        Before any self-care: a few yes/no questions about warning signs for the places you marked.{' '}
        {unanswered > 0 ? (
          <strong className="safety__pending">Not answered yet: {unanswered} of {shown}.</strong>
        ) : (
          <strong>All {shown} answered.</strong>
        )}{' '}
      </p>
      {first.map((s) => (
        <ScreenQuestions key={s.flag.id} screen={s} answers={answers} onAnswer={onAnswer} />
      ))}
      {rest.length > 0 && (
        <details className="safety__more" open={moreOpen} onToggle={(e) => { setMoreOpen(e.currentTarget.open); }}>
          <summary>More safety checks ({rest.length}): {rest.map((s) => s.flag.name).join('; ')}</summary>
          {moreOpen &&
            rest.map((s) => <ScreenQuestions key={s.flag.id} screen={s} answers={answers} onAnswer={onAnswer} />)}
        </details>
      )}
    </section>
  );
}
