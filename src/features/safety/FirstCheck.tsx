import { memo, useEffect, useRef } from 'react';
import type { FirstCheck as FirstCheckData } from '../../content/schema';
import { fillNumbers, telHref, type Help } from '../../domain/emergency';
import { Outcome } from './Outcome';

export interface FirstCheckProps {
  data: FirstCheckData;
  /** 'none', the id of the item that applies, or null. */
  value: string | null;
  adult: boolean | null;
  onPick: (value: string) => void;
  onAdult: (adult: boolean) => void;
  confirmed: boolean;
  onConfirm: () => void;
  help: Help;
}

/**
 * The everyone-first screen, NHS 111 style: "Do any of these apply now?" with "None of these", and
 * whether the person is 16 or older. Each item has its own outcome, shown right under the list.
 */
export const FirstCheck = memo(function FirstCheck({ data, value, adult, onPick, onAdult, confirmed, onConfirm, help }: FirstCheckProps) {
  const picked = value && value !== 'none' ? data.items.find((i) => i.id === value) : undefined;
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (picked) outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [picked]);
  return (
    <div className="first-check">
      {/* Buttons, not radios: arrowing through radios would pick each emergency on the way to "None of these". */}
      <div className="triage__question first-check__list" role="group" aria-labelledby="first-check-q">
        <p id="first-check-q" className="first-check__q">Do any of these apply to you now?</p>
        {data.items.map((item) => (
          <button
            key={item.id}
            type="button"
            aria-pressed={value === item.id}
            className={`choice choice--row${value === item.id ? ' choice--on' : ''}`}
            onClick={() => { onPick(item.id); }}
          >
            {item.text}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={value === 'none'}
          className={`choice choice--row choice--none${value === 'none' ? ' choice--on' : ''}`}
          onClick={() => { onPick('none'); }}
        >
          None of these
        </button>
        {picked?.kind === 'emergency' && (
          <Outcome ref={outcomeRef} urgency="emergency" headline={picked.headline} doNow={picked.doNow} help={help} confirmed={confirmed} onConfirm={onConfirm} />
        )}
        {picked?.kind === 'crisis' && (
          <div ref={outcomeRef} className="outcome outcome--crisis">
            <p className="outcome__headline"><strong>{fillNumbers(picked.headline, help)}</strong></p>
            {help.country ? (
              <a className="call-button call-button--calm" href={telHref(help.country.crisis.number)}>
                <span aria-hidden="true" className="call-button__icon">☎</span> Call {help.country.crisis.number}
              </a>
            ) : (
              <p>Choose your country below to see a free crisis line near you.</p>
            )}
            <p>{fillNumbers(picked.doNow, help)}</p>
            {/* doNow names the line and says when to call the emergency number; this makes that one tap. */}
            <p>
              <a className="outcome__tel" href={telHref(help.emergency)}>Call {help.emergency} (emergency)</a>
            </p>
          </div>
        )}
      </div>
      <fieldset className="triage__question">
        <legend>Are you 16 or older?</legend>
        <div className="triage__choices">
          {([true, false] as const).map((v) => (
            <label key={String(v)} className={`choice${adult === v ? ' choice--on' : ''}`}>
              <input type="radio" name="first-check-adult" checked={adult === v} onChange={() => { onAdult(v); }} />
              {v ? 'Yes' : 'No'}
            </label>
          ))}
        </div>
        {adult === false && (
          <div className="outcome outcome--today">
            <p className="outcome__headline"><strong>{data.under16.headline}</strong></p>
            <p>{fillNumbers(data.under16.why, help)}</p>
            <p>{fillNumbers(data.under16.doNow, help)}</p>
          </div>
        )}
      </fieldset>
    </div>
  );
});
