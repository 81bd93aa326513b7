import type { Assessment } from '../../domain/safety';

export interface SafetyAlertProps {
  assessment: Assessment;
  /** True when the person confirmed a clinician has checked every answer that holds self-care back. */
  confirmed: boolean;
  onConfirm: () => void;
  /** Whether any self-care advice is being held back because of these answers. */
  holding: boolean;
}

const HEADINGS = {
  emergency: 'Call your local emergency number now',
  today: 'See a doctor today',
  soon: 'See a doctor soon',
} as const;

/**
 * What a "yes" means: an emergency banner (above everything), or a calmer notice to see a doctor today
 * or soon, with the reasons and what to do.
 */
export function SafetyAlert({ assessment, confirmed, onConfirm, holding }: SafetyAlertProps) {
  const level = assessment.level;
  if (!level) return null;
  const flags = [...new Map(assessment.yes.map((y) => [y.flag.id, y.flag])).values()];
  const urgentFlags = flags.filter((f) => assessment.yes.some((y) => y.flag.id === f.id && y.question.urgency === level));
  return (
    <section
      className={`safety-alert safety-alert--${level}`}
      role={level === 'emergency' && !confirmed ? 'alert' : 'status'}
      aria-labelledby="safety-alert-title"
    >
      <h2 id="safety-alert-title">{HEADINGS[level]}</h2>
      {level === 'emergency' && (
        <p className="safety-alert__call">
          Call <strong>911</strong> in the US and Canada, <strong>112</strong> in the EU, <strong>999</strong> in the UK, or your
          local emergency number. Do not drive yourself.
        </p>
      )}
      <p>
        Your answers suggest it may be: <strong>{urgentFlags.map((f) => f.name).join('; ')}</strong>. This is not
        muscle pain to treat yourself until a clinician has checked it.
      </p>
      <ul>
        {assessment.yes.map((y) => (
          <li key={`${y.flag.id}/${y.question.id}`}>
            You answered yes: “{y.question.text}”
          </li>
        ))}
      </ul>
      {urgentFlags.map((f) => (
        <p key={f.id}>
          <strong>What to do:</strong> {f.whatToDo}
        </p>
      ))}
      {holding && !confirmed && (
        <div className="safety-alert__hold">
          <p>Self-care steps for the muscles that refer pain to these places are held back until you have been checked.</p>
          <button type="button" className="button" onClick={onConfirm}>
            I have been checked by a clinician: show the self-care steps
          </button>
        </div>
      )}
      {confirmed && <p className="muted">You said a clinician has checked this. If anything gets worse or changes, get help again.</p>}
    </section>
  );
}
