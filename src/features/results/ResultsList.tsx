import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { strengthOf, type Candidate, type MatchKind } from '../../domain/rank';

export interface ResultsListProps {
  candidates: readonly Candidate[];
  regionLabel: (regionId: string) => string;
  hrefFor: (candidate: Candidate) => string;
  /** How many to show before "Show all". */
  limit: number;
  showAll: boolean;
  onShowAll: (showAll: boolean) => void;
  hasSelection: boolean;
  /** Whether a safety answer holds this candidate's self-care back. */
  isHeld: (candidate: Candidate) => boolean;
  /** Shown above the list, e.g. a pointer to the unanswered safety check. */
  safetyNote?: ReactNode;
}

const SIDE_WORDS: Record<Candidate['side'], string> = { right: 'right side', left: 'left side', both: 'either side' };
const KIND_WORDS: Record<Exclude<MatchKind, 'none'>, string> = { primary: 'main pain area', secondary: 'spillover' };

/** The ranked candidate muscles, each with its strength, the places it explains, and a link to its page. */
export function ResultsList({ candidates, regionLabel, hrefFor, limit, showAll, onShowAll, hasSelection, isHeld, safetyNote }: ResultsListProps) {
  const shown = showAll ? candidates : candidates.slice(0, limit);
  return (
    <section className="panel results" aria-labelledby="results-title">
      <h2 id="results-title">Muscles that may cause this pain</h2>
      {safetyNote}
      {!hasSelection ? (
        <p className="muted">Mark where it hurts and the muscles whose trigger points commonly send pain there will appear here, best match first.</p>
      ) : candidates.length === 0 ? (
        <p className="muted">No muscle in MyoMap refers pain to exactly these places. Check the safety advice below and consider seeing a clinician.</p>
      ) : (
        <>
          <p className="muted results__summary" aria-live="polite">
            {candidates.length} muscle{candidates.length === 1 ? '' : 's'} match; the best {Math.min(limit, candidates.length)} first.
          </p>
          <ol className="results__list">
            {shown.map((c) => {
              const explained = Object.entries(c.regions).filter((entry): entry is [string, Exclude<MatchKind, 'none'>] => entry[1] !== 'none');
              const missed = Object.entries(c.regions).filter(([, kind]) => kind === 'none');
              const strength = strengthOf(c);
              return (
                <li key={`${c.id}-${c.side}`} className="result">
                  <div className="result__head">
                    <Link className="result__name" to={hrefFor(c)}>
                      {c.name}
                    </Link>
                    <span className="result__side">{SIDE_WORDS[c.side]}</span>
                    <span className={`badge badge--${strength.replace(' ', '-')}`}>{strength}</span>
                    {isHeld(c) && <span className="badge badge--held">self-care on hold</span>}
                  </div>
                  <p className="result__why">
                    Explains{' '}
                    {explained.map(([id, kind], i) => (
                      <span key={id}>
                        {i > 0 ? '; ' : ''}
                        {regionLabel(id)} <span className="muted">({KIND_WORDS[kind]})</span>
                      </span>
                    ))}
                    {missed.length > 0 && (
                      <span className="muted">. Not: {missed.map(([id]) => regionLabel(id)).join('; ')}</span>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
          {candidates.length > limit && (
            <button type="button" className="button button--quiet" onClick={() => { onShowAll(!showAll); }}>
              {showAll ? `Show the top ${String(limit)} only` : `Show all ${String(candidates.length)}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
