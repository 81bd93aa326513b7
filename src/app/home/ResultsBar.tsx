import { useEffect } from 'react';

export interface ResultsBarProps {
  places: number;
  muscles: number;
  /** Takes the person to the safety check and the results. */
  onGo: () => void;
}

/** On a phone, once anything is marked: how many places and muscles, and one tap to the results. */
export function ResultsBar({ places, muscles, onGo }: ResultsBarProps) {
  // Scrolling into view leaves room for the bar (a class, not html:has(), which restyles on every change).
  useEffect(() => {
    document.documentElement.classList.add('with-results-bar');
    return () => { document.documentElement.classList.remove('with-results-bar'); };
  }, []);
  return (
    <div className="results-bar" role="region" aria-label="Results">
      <p>
        {places} place{places === 1 ? '' : 's'} · {muscles} muscle{muscles === 1 ? '' : 's'}
      </p>
      <button type="button" className="button" onClick={onGo}>See results</button>
    </div>
  );
}
