import { memo } from 'react';

export interface SelectedRegionsProps {
  regions: readonly { id: string; label: string }[];
  onRemove: (regionId: string) => void;
  onClear: () => void;
}

/** One marked place with its remove button; re-rendered only when it changes itself. */
const SelectedChip = memo(function SelectedChip({ id, label, onRemove }: { id: string; label: string; onRemove: (regionId: string) => void }) {
  return (
    <li>
      <span>{label}</span>
      <button type="button" className="icon-button" aria-label={`Remove ${label}`} onClick={() => { onRemove(id); }}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});

/** The list of places marked as painful, each removable, in plain words. */
export function SelectedRegions({ regions, onRemove, onClear }: SelectedRegionsProps) {
  return (
    <section className="panel selected" aria-labelledby="selected-title">
      <div className="panel__head">
        <h2 id="selected-title" tabIndex={-1}>Where it hurts {regions.length ? <span className="count">({regions.length})</span> : null}</h2>
        {regions.length > 0 && (
          <button type="button" className="button button--quiet" onClick={onClear}>
            Clear all
          </button>
        )}
      </div>
      {regions.length === 0 ? (
        <p className="muted">Nothing marked yet. Tap or click every place on the body that hurts.</p>
      ) : (
        <ul className="selected__list">
          {regions.map((r) => (
            <SelectedChip key={r.id} id={r.id} label={r.label} onRemove={onRemove} />
          ))}
        </ul>
      )}
    </section>
  );
}
