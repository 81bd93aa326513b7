import type { Urgency } from '../../content/schema';
import { fillNumbers, type Help } from '../../domain/emergency';
import { CallButton } from './CallButton';
import { urgentLine } from './Outcome';

export interface SafetyAlertProps {
  level: Urgency;
  /** Headlines of the answers at this level ("This could be a blood clot in the lung."). */
  headlines: readonly string[];
  /** The questions answered yes or "not sure", in the person's own answers. */
  answered: readonly { key: string; text: string; answer: 'yes' | 'unsure' }[];
  /** The full advice for each condition at this level. */
  whatToDo: readonly { key: string; name: string; text: string }[];
  help: Help;
  /** Where the answers are, to change them or confirm a clinician's check. */
  answersHref: string;
}

const HEADINGS = {
  emergency: (n: string) => `Call ${n} now`,
  today: () => 'Get seen by a doctor today',
  soon: () => 'See a doctor in the next few days',
} as const;

/**
 * What the answers mean, at the top of every page: an emergency banner with a call button, or a calmer
 * notice to be seen today or soon. The outcome under each answer says the same where it was given; this
 * banner is not a live region (that one, in the triage, announces once).
 */
export function SafetyAlert({ level, headlines, answered, whatToDo, help, answersHref }: SafetyAlertProps) {
  return (
    <section className={`safety-alert safety-alert--${level}`} aria-labelledby="safety-alert-title">
      <h2 id="safety-alert-title">{HEADINGS[level](help.emergency)}</h2>
      <p><strong>{headlines.join(' ')}</strong></p>
      {level === 'emergency' && (
        <p className="safety-alert__call">
          <CallButton emergency={help.emergency} /> <span>Do not drive yourself.</span>
        </p>
      )}
      {level === 'today' && <p>{urgentLine(help)}</p>}
      <details>
        <summary>Why, and what to do</summary>
        <ul>
          {answered.map((a) => (
            <li key={a.key}>
              You answered {a.answer === 'yes' ? 'yes' : '“not sure”'}: “{a.text}”
            </li>
          ))}
        </ul>
        {whatToDo.map((w) => (
          <p key={w.key}>
            <strong>{w.name}:</strong> {fillNumbers(w.text, help)}
          </p>
        ))}
        <p>
          <a href={answersHref}>Change an answer</a>, or confirm there that a clinician has checked you.
        </p>
      </details>
    </section>
  );
}
