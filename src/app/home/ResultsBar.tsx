import { useEffect } from 'react';
import { CallButton } from '../../features/safety/CallButton';

export interface ResultsBarProps {
  places: number;
  muscles: number;
  /** Takes the person to the safety check and the results. */
  onGo: () => void;
  /** The number to call when an answer is an emergency: the bar then offers the call, not the results. */
  emergency?: string | undefined;
}

/** On a phone, once anything is marked: how many places and muscles, and one tap to the results. */
export function ResultsBar({ places, muscles, onGo, emergency }: ResultsBarProps) {
  // Scrolling into view leaves room for the bar (a class, not html:has(), which restyles on every change).
  useEffect(() => {
    document.documentElement.classList.add('with-results-bar');
    return () => { document.documentElement.classList.remove('with-results-bar'); };
  }, []);
  if (emergency) {
    return (
      <div className="results-bar results-bar--emergency" role="region" aria-label="Emergency">
        <p>An answer needs help now.</p>
        <CallButton emergency={emergency} />
      </div>
    );
  }
  return (
    <div className="results-bar" role="region" aria-label="Results">
      <p>
        {places} place{places === 1 ? '' : 's'} · {muscles} muscle{muscles === 1 ? '' : 's'}
      </p>
      <button type="button" className="button" onClick={onGo}>See results</button>
    </div>
  );
}
