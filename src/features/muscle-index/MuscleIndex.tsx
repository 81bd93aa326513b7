import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';

export interface IndexEntry {
  id: string;
  name: string;
  otherNames: readonly string[];
  group: string;
  href: string;
}

export interface MuscleIndexProps {
  entries: readonly IndexEntry[];
  /** Group names in display order. */
  groups: readonly string[];
}

const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** All muscles grouped by body part, with a filter that matches names and other names as you type. */
export function MuscleIndex({ entries, groups }: MuscleIndexProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const q = norm(query);
  const shown = useMemo(
    () => entries.filter((e) => !q || [e.name, ...e.otherNames].some((n) => norm(n).includes(q))),
    [entries, q],
  );
  return (
    <section className="panel muscle-index" aria-labelledby="index-title">
      <h1 id="index-title">All muscles</h1>
      <label htmlFor={inputId}>Find a muscle by name</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. calf, trapezius, tennis elbow"
        onChange={(e) => { setQuery(e.target.value); }}
        autoComplete="off"
      />
      <p className="muted" role="status">
        {shown.length === entries.length ? `${String(entries.length)} muscles` : `${String(shown.length)} of ${String(entries.length)} muscles match`}
      </p>
      {groups.map((group) => {
        const inGroup = shown.filter((e) => e.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-label={group}>
            <h2>{group}</h2>
            <ul className="muscle-index__list">
              {inGroup.map((e) => {
                const alias = q ? e.otherNames.find((n) => norm(n).includes(q) && !norm(e.name).includes(q)) : undefined;
                return (
                  <li key={e.id}>
                    <Link to={e.href}>{e.name}</Link>
                    {alias && <span className="muted"> ({alias})</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
