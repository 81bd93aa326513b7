import { useState, type Ref } from 'react';
import type { Urgency } from '../../content/schema';
import { fillNumbers, type Help } from '../../domain/emergency';
import { CallButton } from './CallButton';

export interface OutcomeProps {
  urgency: Urgency;
  /** "This could be a blood clot in the lung." */
  headline: string;
  /** One line of what to do now (may hold {emergency}). */
  doNow: string;
  help: Help;
  /** Shown when this outcome holds self-care back; a clinician's check releases it. */
  onConfirm?: () => void;
  confirmed: boolean;
  ref?: Ref<HTMLDivElement>;
}

const TODAY_FALLBACK = 'Contact your doctor today, or an urgent care service if you can’t get an appointment.';

/** What the person should do now, in the service's own words for their country. */
export function urgentLine(help: Help): string {
  const urgent = help.country?.urgent;
  return urgent ? `Get seen today: call ${urgent.name} on ${urgent.number}, or contact your doctor.` : TODAY_FALLBACK;
}

/** The outcome of an answer, shown right where it was given: a headline, a call button for emergencies, what to do. */
export function Outcome({ urgency, headline, doNow, help, onConfirm, confirmed, ref }: OutcomeProps) {
  return (
    <div ref={ref} className={`outcome outcome--${urgency}`} data-urgency={urgency}>
      <p className="outcome__headline">
        <strong>
          {headline} {urgency === 'emergency' ? `Call ${help.emergency} now.` : urgency === 'today' ? 'Get seen today.' : 'See a doctor in the next few days.'}
        </strong>
      </p>
      {urgency === 'emergency' && <CallButton emergency={help.emergency} />}
      {urgency === 'emergency' && help.how === 'unknown' && (
        <p className="outcome__note">{help.emergency} reaches emergency services from mobiles in most countries. If yours has its own number, call that.</p>
      )}
      <p>{fillNumbers(doNow, help)}</p>
      {urgency === 'today' && <p>{urgentLine(help)}</p>}
      {onConfirm && (confirmed ? (
        <p className="muted">You said a clinician has checked this. If anything changes or gets worse, get help again.</p>
      ) : (
        <CheckedConfirm urgency={urgency} onConfirm={onConfirm} />
      ))}
    </div>
  );
}

/**
 * Releases held self-care once a clinician has checked the person. At emergency level it is not one tap:
 * the person first says, in words, that they were examined for this since it began.
 */
function CheckedConfirm({ urgency, onConfirm }: { urgency: Urgency; onConfirm: () => void }) {
  const [examined, setExamined] = useState(false);
  if (urgency !== 'emergency') {
    return (
      <button type="button" className="button button--quiet" onClick={onConfirm}>
        {urgency === 'today' ? 'A clinician has checked this: show the self-care steps' : 'I will see a doctor about this: show the self-care steps meanwhile'}
      </button>
    );
  }
  return (
    <details className="outcome__confirm">
      <summary>Already examined by a clinician for this?</summary>
      <label className="check">
        <input type="checkbox" checked={examined} onChange={(e) => { setExamined(e.currentTarget.checked); }} />
        A doctor, nurse or paramedic has examined me for this since these symptoms began, and said it is safe to treat
        the muscles myself.
      </label>
      <button type="button" className="button button--quiet" disabled={!examined} onClick={onConfirm}>
        Show the self-care steps
      </button>
    </details>
  );
}
