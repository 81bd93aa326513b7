export interface SelectedRegionsProps {
  regions: readonly { id: string; label: string }[];
  onRemove: (regionId: string) => void;
  onClear: () => void;
}

/** The list of places marked as painful, each removable, in plain words. */
export function SelectedRegions({ regions, onRemove, onClear }: SelectedRegionsProps) {
  return (
    <section className="panel selected" aria-labelledby="selected-title">
      <div className="panel__head">
        <h2 id="selected-title">Where it hurts {regions.length ? <span className="count">({regions.length})</span> : null}</h2>
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
            <li key={r.id}>
              <span>{r.label}</span>
              <button type="button" className="icon-button" aria-label={`Remove ${r.label}`} onClick={() => { onRemove(r.id); }}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
