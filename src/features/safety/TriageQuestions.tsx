import { memo, useEffect, useRef, useState } from 'react';
import type { Answer, Answers, Outcome as OutcomeData, TriageItem } from '../../domain/safety';
import { outcomeUrgency } from '../../domain/safety';
import type { Help } from '../../domain/emergency';
import { Outcome } from './Outcome';

export interface TriageQuestionsProps {
  /** The questions to show now (the current page), in order. */
  items: readonly TriageItem[];
  /** Unanswered questions after these, shown once these are answered. */
  later: number;
  /** "More checks": reachable, not asked first. */
  more: readonly TriageItem[];
  answers: Answers;
  onAnswer: (key: string, value: Answer) => void;
  confirmed: readonly string[];
  onConfirm: (key: string) => void;
  help: Help;
  /** Prefix for the radio groups' names, unique on the page. */
  name: string;
  /** Why a question is asked because of what the person said about a place (see `whyAsked`), if it is. */
  why?: (item: TriageItem) => string | undefined;
}

const CHOICES: { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

interface QuestionProps {
  item: TriageItem;
  value: Answer | undefined;
  onAnswer: TriageQuestionsProps['onAnswer'];
  confirmed: boolean;
  onConfirm: TriageQuestionsProps['onConfirm'];
  help: Help;
  name: string;
  /** Scroll the outcome into view (the answer was just given here). */
  reveal: boolean;
  because: string | undefined;
}

/**
 * Plain words for why a question is asked because of what the person said about places, not only where
 * they are: a kind of pain that answers an entry question (numbness answers the nerve one), or a pain
 * level that brings a screen in. `kinds` are the entry question's kinds; `place` names a region.
 * `whyAsked(['palm-right'], { kinds: ['numbness', 'tingling'] }, label) // -> 'Asked because you marked numbness or tingling: palm, right.'`
 */
export function whyAsked(
  places: readonly string[] | undefined,
  reason: { kinds: readonly string[] } | { minIntensity: number } | undefined,
  place: (id: string) => string,
): string | undefined {
  if (!places?.length || !reason) return undefined;
  const where = places.map(place).join('; ');
  return 'kinds' in reason
    ? `Asked because you marked ${reason.kinds.join(' or ')}: ${where}.`
    : `Asked because you rated the pain ${String(reason.minIntensity)} or more: ${where}.`;
}

const Question = memo(function Question({ item, value, onAnswer, confirmed, onConfirm, help, name, reveal, because }: QuestionProps) {
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus stays on the answer (WCAG 3.2.2); the outcome is only scrolled into view.
    if (reveal) outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [reveal, value]);
  const text = item.kind === 'gate' ? item.gate.text : item.question.text;
  const about = item.kind === 'gate' ? undefined : item.screen.flag.name;
  const outcome = item.kind === 'question' && (value === 'yes' || value === 'unsure') ? outcomeUrgency(item.question, value) : undefined;
  return (
    <fieldset className={`triage__question${item.kind === 'question' && item.gateKey ? ' triage__question--follow' : ''}`} data-key={item.key}>
      <legend>
        {text}
        {/* The plain question leads; what it checks for follows, smaller. */}
        {about && <span className="triage__about">Checks for: {about}</span>}
        {because && <span className="triage__about">{because}</span>}
      </legend>
      <div className="triage__choices">
        {CHOICES.map((c) => (
          <label key={c.value} className={`choice${value === c.value ? ' choice--on' : ''}`}>
            <input type="radio" name={`${name}:${item.key}`} value={c.value} checked={value === c.value} onChange={() => { onAnswer(item.key, c.value); }} />
            {c.label}
          </label>
        ))}
      </div>
      {item.kind === 'gate' && (value === 'yes' || value === 'unsure') && (
        <p className="muted triage__opened">A few questions about this follow below.</p>
      )}
      {item.kind === 'question' && outcome && (
        <Outcome
          ref={outcomeRef}
          urgency={outcome}
          headline={item.question.headline ?? item.screen.flag.headline}
          doNow={item.question.doNow ?? item.screen.flag.doNow}
          help={help}
          confirmed={confirmed}
          onConfirm={() => { onConfirm(item.key); }}
        />
      )}
    </fieldset>
  );
});

/** The triage: a few questions at a time, each answered Yes, No or Not sure, with its outcome right under it. */
export function TriageQuestions({ items, later, more, answers, onAnswer, confirmed, onConfirm, help, name, why }: TriageQuestionsProps) {
  const [last, setLast] = useState<string | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const answer = (key: string, value: Answer) => {
    setLast(key);
    onAnswer(key, value);
  };
  const row = (item: TriageItem) => (
    <Question
      key={item.key}
      item={item}
      value={answers[item.key]}
      onAnswer={answer}
      confirmed={confirmed.includes(item.key)}
      onConfirm={onConfirm}
      help={help}
      name={name}
      reveal={last === item.key}
      because={why?.(item)}
    />
  );
  return (
    <div className="triage__questions">
      {items.map(row)}
      {later > 0 && (
        <p className="muted">
          {later} more question{later === 1 ? '' : 's'} to answer after these.
        </p>
      )}
      {more.length > 0 && (
        <details className="triage__more" open={moreOpen} onToggle={(e) => { setMoreOpen(e.currentTarget.open); }}>
          <summary>More checks, not needed before self-care ({more.length}): {[...new Set(more.map((i) => (i.kind === 'gate' ? i.gate.text : i.screen.flag.name)))].join('; ')}</summary>
          {moreOpen && more.map(row)}
        </details>
      )}
    </div>
  );
}

/** The words a screen reader hears once when an answer means emergency (one live region on the page). */
export function announcement(outcomes: readonly OutcomeData[], emergency: string): string {
  const top = outcomes[0];
  if (!top || top.urgency !== 'emergency') return '';
  return `${top.question.headline ?? top.flag.headline} Call ${emergency} now.`;
}
