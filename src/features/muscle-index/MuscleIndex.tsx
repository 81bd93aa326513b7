import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { nearestMuscles, searchMuscles, type Searchable } from '../../domain/search';

export interface IndexEntry extends Searchable {
  group: string;
  href: string;
}

export interface MuscleIndexProps {
  entries: readonly IndexEntry[];
  /** Group names in display order. */
  groups: readonly string[];
  /** The search, kept in the page address so it can be shared. */
  query: string;
  onQuery: (query: string) => void;
  /** Where to go when nothing matches: the body map. */
  mapHref: string;
  /** Router state given to each muscle link, so its page can lead back to this list (and its search). */
  linkState?: unknown;
}

/**
 * All muscles grouped by body part, with a search that finds them by name, other names, plain name, the
 * conditions people call them by, the places they send pain and their symptoms, forgiving typos.
 */
export function MuscleIndex({ entries, groups, query, onQuery, mapHref, linkState }: MuscleIndexProps) {
  const inputId = useId();
  const hits = useMemo(() => searchMuscles(query, entries), [query, entries]);
  const searching = query.trim() !== '';
  const nearest = useMemo(() => (searching && hits.length === 0 ? nearestMuscles(query, entries) : []), [searching, hits, query, entries]);
  return (
    <section className="panel muscle-index" aria-labelledby="index-title">
      <h1 id="index-title">All muscles</h1>
      <label htmlFor={inputId}>Find a muscle by name, problem or place</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. calf, tennis elbow, headache"
        onChange={(e) => { onQuery(e.target.value); }}
        autoComplete="off"
      />
      <p className="muted" role="status">
        {!searching ? `${String(entries.length)} muscles` : `${String(hits.length)} of ${String(entries.length)} muscles match`}
      </p>
      {searching && hits.length === 0 && (
        <div className="notice notice--info">
          <p>
            Nothing matches “{query.trim()}”. Try other words, or <Link to={mapHref}>mark where it hurts on the body map</Link>.
          </p>
          {nearest.length > 0 && (
            <p>
              Nearest names:{' '}
              {nearest.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && ', '}
                  <Link to={e.href} state={linkState}>{e.name}</Link>
                </span>
              ))}
            </p>
          )}
        </div>
      )}
      {searching ? (
        hits.length > 0 && (
          <ol className="muscle-index__list muscle-index__hits" aria-label="Best matches first">
            {hits.map(({ entry: e, via }) => (
              <li key={e.id}>
                <Link to={e.href} state={linkState}>{e.name}</Link>
                {e.plainName && <span className="muted"> — {e.plainName}</span>}
                {via && <span className="muted"> (matches “{via}”)</span>}
              </li>
            ))}
          </ol>
        )
      ) : (
        groups.map((group) => {
          const inGroup = entries.filter((e) => e.group === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} aria-label={group}>
              <h2>{group}</h2>
              <ul className="muscle-index__list">
                {inGroup.map((e) => (
                  <li key={e.id}>
                    <Link to={e.href} state={linkState}>{e.name}</Link>
                    {e.plainName && <span className="muted"> ({e.plainName})</span>}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
