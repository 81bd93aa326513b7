export interface ResultsBarProps {
  places: number;
  muscles: number;
  /** Takes the person to the safety check and the results. */
  onGo: () => void;
}

/** On a phone, once anything is marked: how many places and muscles, and one tap to the results. */
export function ResultsBar({ places, muscles, onGo }: ResultsBarProps) {
  return (
    <div className="results-bar" role="region" aria-label="Results">
      <p>
        {places} place{places === 1 ? '' : 's'} · {muscles} muscle{muscles === 1 ? '' : 's'}
      </p>
      <button type="button" className="button" onClick={onGo}>See results</button>
    </div>
  );
}
