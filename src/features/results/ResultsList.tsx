import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { strengthOf, type Candidate } from '../../domain/rank';

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

/** Missed places are named one by one only up to this many; beyond it, a count says how many. */
const MISSED_NAMED = 3;

/**
 * Which marked places a candidate's pattern explains, as one plain sentence:
 * "Explains 2 of 5 places. Main pain area: heel, right. Spillover: back of knee, right. Not the other 3."
 */
export function whyText(c: Pick<Candidate, 'selected' | 'matches'>, regionLabel: (regionId: string) => string): string {
  const main: string[] = [];
  const spill: string[] = [];
  const missed: string[] = [];
  c.selected.forEach((id, j) => {
    const kind = c.matches[j];
    (kind === 'primary' ? main : kind === 'secondary' ? spill : missed).push(id);
  });
  const explained = main.length + spill.length;
  const total = explained + missed.length;
  const parts = [
    missed.length > 0 ? `Explains ${String(explained)} of ${String(total)} places.` : total === 1 ? 'Explains this place.' : `Explains all ${String(total)} places.`,
  ];
  if (main.length) parts.push(`Main pain area: ${main.map(regionLabel).join('; ')}.`);
  if (spill.length) parts.push(`Spillover: ${spill.map(regionLabel).join('; ')}.`);
  if (missed.length) parts.push(missed.length <= MISSED_NAMED ? `Not: ${missed.map(regionLabel).join('; ')}.` : `Not the other ${String(missed.length)}.`);
  return parts.join(' ');
}

interface ResultRowProps {
  candidate: Candidate;
  href: string;
  held: boolean;
  regionLabel: (regionId: string) => string;
}

/** One candidate: name, side, strength, and which marked places its pattern explains. */
function ResultRow({ candidate: c, href, held, regionLabel }: ResultRowProps) {
  const strength = strengthOf(c);
  return (
    <li className="result">
      <div className="result__head">
        <Link className="result__name" to={href}>
          {c.name}
        </Link>
        <span className="result__side">{SIDE_WORDS[c.side]}</span>
        <span className={`badge badge--${strength.replace(' ', '-')}`}>{strength}</span>
        {held && <span className="badge badge--held">self-care on hold</span>}
      </div>
      <p className="result__why">{whyText(c, regionLabel)}</p>
    </li>
  );
}

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
            {/* Keyed by rank, not by muscle: a re-ranking rewrites text in place instead of moving rows (less layout). */}
            {shown.map((c, i) => (
              <ResultRow key={i} candidate={c} href={hrefFor(c)} held={isHeld(c)} regionLabel={regionLabel} />
            ))}
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
