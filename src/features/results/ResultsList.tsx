import { memo, type MouseEvent, type ReactNode } from 'react';
import { strengthOf, type Strength } from '../../domain/rank';
import type { ResultRow } from '../../domain/rows';
import type { Prevalence } from '../../content/schema';
import { countText, referralText } from './why';

/** What a row needs to know of its muscle beyond the engine's result. */
export interface RowMuscle {
  plainName?: string | undefined;
  prevalence: Prevalence;
  /** Places of its main pain area (on this row's side or sides) that the person has not marked. */
  unmarkedMain: readonly { id: string; label: string }[];
  /** A small picture of its pattern over the person's marks (drawn by the map's code). */
  picture: ReactNode;
}

export interface ResultsListProps {
  rows: readonly ResultRow[];
  regionLabel: (regionId: string) => string;
  hrefFor: (row: ResultRow) => string;
  muscleOf: (row: ResultRow) => RowMuscle;
  /** "I feel pain here too": marks one more place. */
  onAdd: (regionId: string) => void;
  /** How many to show before "Show all". */
  limit: number;
  showAll: boolean;
  onShowAll: (showAll: boolean) => void;
  /** Whether the safety check holds this row's self-care back. */
  isHeld: (row: ResultRow) => boolean;
  /** Draws a row's pattern on the main map while it is hovered or focused (null: restore the map). */
  onPreview: (row: ResultRow | null) => void;
  /** "Show on my map": pins the row's pattern (for touch, where a tap on the row opens the muscle). */
  onPin: (row: ResultRow) => void;
  isPinned: (row: ResultRow) => boolean;
  /**
   * When no one muscle explains every marked place: the fewest that do together (or the most they can),
   * worked out after the rows are painted; null until then or when not needed.
   */
  together?: TogetherLine | null;
  /** Follows a click on a row's link in the app (the links are plain `<a href>`, one handler for all). */
  onLinkClick: (event: MouseEvent<HTMLElement>) => void;
}

/** "Together: soleus and upper trapezius explain both places." */
export interface TogetherLine {
  members: readonly { id: string; name: string; side: 'left' | 'right' | 'both'; href: string }[];
  /** Plain names of the places even they leave out. */
  unexplained: readonly string[];
  places: number;
}

const SIDE_WORDS = { right: 'right side', left: 'left side', both: 'either side' } as const;
const PREVALENCE_BADGE: Record<Prevalence, string> = { common: 'common cause', occasional: 'less common', rare: 'rare cause' };

/** Unmarked places of the main pain area offered as one-tap adds; more than this is a long list. */
const ADDS_SHOWN = 4;

interface RowProps {
  row: ResultRow;
  href: string;
  held: boolean;
  muscle: Omit<RowMuscle, 'unmarkedMain'>;
  /** Places of its main pain area not marked yet ("pain here too?"). */
  adds: RowMuscle['unmarkedMain'];
  regionLabel: (regionId: string) => string;
  onAdd: (regionId: string) => void;
  onPreview: (row: ResultRow | null) => void;
  onPin: (row: ResultRow) => void;
  pinned: boolean;
}

/** One muscle: its names, side, strength, why it is listed, and the places it would also explain. */
/** "Pain here too?": re-rendered only when its places change. */
const Adds = memo(
  function Adds({ places, onAdd }: { places: RowMuscle['unmarkedMain']; onAdd: (regionId: string) => void }) {
    const shown = places.slice(0, ADDS_SHOWN);
    if (shown.length === 0) return null;
    return (
      <div className="result__adds">
        <span className="muted">Pain here too?</span>
        {/* Keyed by position, like the rows: a new list rewrites the buttons' text in place. */}
        {shown.map((p, i) => (
          <button key={i} type="button" className="chip-button" onClick={() => { onAdd(p.id); }} aria-label={`I feel pain here too: ${p.label}`}>
            + {p.label}
          </button>
        ))}
      </div>
    );
  },
  (a, b) => a.onAdd === b.onAdd && a.places.length === b.places.length && a.places.every((p, i) => p.id === b.places[i]?.id),
);

const sameMatches = (a: ResultRow, b: ResultRow) =>
  a.selected === b.selected && a.matches.length === b.matches.length && a.matches.every((m, j) => m === b.matches[j]);

/** A row re-renders only when what it shows changes (a click usually re-ranks only some rows). */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.row.id === b.row.id &&
    a.row.side === b.row.side &&
    a.row.bothSides === b.row.bothSides &&
    a.row.explained === b.row.explained &&
    a.row.selectionFit === b.row.selectionFit &&
    sameMatches(a.row, b.row) &&
    a.href === b.href &&
    a.held === b.held &&
    a.pinned === b.pinned &&
    a.muscle.plainName === b.muscle.plainName &&
    a.muscle.picture === b.muscle.picture &&
    a.adds.length === b.adds.length &&
    a.adds.every((p, i) => p.id === b.adds[i]?.id) &&
    a.onAdd === b.onAdd &&
    a.onPreview === b.onPreview &&
    a.onPin === b.onPin
  );
}

/** The side, strength and how common: re-rendered only when one of them changes, not with the words. */
const Tags = memo(function Tags({ side, strength, prevalence, held }: { side: string; strength: Strength; prevalence: Prevalence; held: boolean }) {
  return (
    <p className="result__tags">
      <span className="result__side">{side}</span>
      <span className={`badge badge--${strength.replace(' ', '-')}`}>{strength}</span>
      <span className="badge">{PREVALENCE_BADGE[prevalence]}</span>
      {held && <span className="badge badge--held">self-care on hold</span>}
    </p>
  );
});

const Row = memo(function Row({ row, href, held, muscle, adds, regionLabel, onAdd, onPreview, onPin, pinned }: RowProps) {
  const strength = strengthOf(row);
  const show = () => { onPreview(row); };
  const leave = () => { onPreview(null); };
  return (
    <li className="result" data-muscle={row.id} onMouseEnter={show} onMouseLeave={leave} onFocus={show} onBlur={leave}>
      {muscle.picture}
      <div className="result__head">
        <a className="result__name" href={href}>
          {row.name}
          {muscle.plainName && <span className="result__plain"> — {muscle.plainName}</span>}
        </a>
      </div>
      <Tags side={row.bothSides ? 'both sides' : SIDE_WORDS[row.side]} strength={strength} prevalence={muscle.prevalence} held={held} />
      <p className="result__why">
        <strong>{countText(row.explained, row.selected.length)}</strong> {referralText(row, muscle, regionLabel)}
      </p>
      <div className="result__actions">
        <button type="button" className="chip-button" aria-pressed={pinned} onClick={() => { onPin(row); }}>
          {pinned ? 'Hide from my map' : 'Show on my map'}
        </button>
      </div>
      <Adds places={adds} onAdd={onAdd} />
    </li>
  );
}, sameRow);

const SIDE_SHORT = { right: 'right', left: 'left', both: 'both sides' } as const;

/** The muscles that explain the places together, each a link to its page. */
function Together({ line, onLinkClick }: { line: TogetherLine; onLinkClick: (event: MouseEvent<HTMLElement>) => void }) {
  const all = line.unexplained.length === 0;
  const explained = line.places - line.unexplained.length;
  return (
    <p className="results__together" onClick={onLinkClick}>
      <strong>Together:</strong>{' '}
      {line.members.map((m, i) => (
        <span key={`${m.id}:${m.side}`}>
          {i > 0 && (i === line.members.length - 1 ? ' and ' : ', ')}
          <a href={m.href}>{m.name}</a> ({SIDE_SHORT[m.side]})
        </span>
      ))}{' '}
      {all
        ? `explain ${line.places === 2 ? 'both places' : `all ${String(line.places)} places`}.`
        : `explain ${String(explained)} of the ${String(line.places)} places; none explains ${line.unexplained.join(', ')}.`}
    </p>
  );
}

/** The ranked muscles for a selection, each with why it is listed and a link to its page: the inside of the results panel (app/home/Results.tsx). */
export function ResultsList({ rows, regionLabel, hrefFor, muscleOf, onAdd, limit, showAll, onShowAll, isHeld, onPreview, onPin, isPinned, onLinkClick, together = null }: ResultsListProps) {
  const shown = showAll ? rows : rows.slice(0, limit);
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">No muscle in MyoMap refers pain to exactly these places. Check the safety advice above and consider seeing a clinician.</p>
      ) : (
        <>
          <p className="muted results__summary" aria-live="polite">
            {rows.length} muscle{rows.length === 1 ? '' : 's'} match{rows.length > limit && !showAll ? `; the best ${String(limit)} first` : ''}.
          </p>
          {together && <Together line={together} onLinkClick={onLinkClick} />}
          {/* The pictures are decorative beside the words, so their key is too (hidden from screen readers). */}
          <p className="muted results__key" aria-hidden="true">
            In the pictures: solid is where the muscle&apos;s pain is usually felt, striped where it can spread, a dot
            its trigger point (the tender knot), and dark outlines the places you marked.
          </p>
          <ol className="results__list" onClick={onLinkClick}>
            {/* Keyed by rank, not by muscle: a re-ranking rewrites text in place instead of moving rows (less layout). */}
            {shown.map((row, i) => {
              const muscle = muscleOf(row);
              return (
              <Row
                key={i}
                row={row}
                href={hrefFor(row)}
                held={isHeld(row)}
                muscle={muscle}
                adds={muscle.unmarkedMain}
                regionLabel={regionLabel}
                onAdd={onAdd}
                onPreview={onPreview}
                onPin={onPin}
                pinned={isPinned(row)}
              />
              );
            })}
          </ol>
          {rows.length > limit && (
            <button type="button" className="button button--quiet" onClick={() => { onShowAll(!showAll); }}>
              {showAll ? `Show the top ${String(limit)} only` : `Show all ${String(rows.length)}`}
            </button>
          )}
        </>
      )}
    </>
  );
}
