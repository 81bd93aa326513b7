import { lazy, memo, Suspense, useCallback, useState } from 'react';
import type { PlaceDetail } from '../../domain/pain';

export interface SelectedRegionsProps {
  /** The marked places, with what was said about each (a level other than 5, a kind). */
  regions: readonly { id: string; label: string; detail?: PlaceDetail }[];
  onRemove: (regionId: string) => void;
  onClear: () => void;
  /** Sets how bad a place is and what it feels like. */
  onDetail: (regionId: string, detail: PlaceDetail) => void;
}

// Opened from a chip only: not part of the first load.
const PlaceDetailEditor = lazy(() => import('./PlaceDetailEditor').then((m) => ({ default: m.PlaceDetailEditor })));

const buttonId = (id: string) => `how-bad-${id}`;

/** What a chip shows: `said({ intensity: 7, kind: 'cramping' }) // -> '7/10, cramping'`; '' when nothing is said. */
export function said(detail: PlaceDetail | undefined): string {
  if (!detail) return '';
  const level = detail.kind && detail.intensity === 5 ? '' : `${String(detail.intensity)}/10`;
  return level && detail.kind ? `${level}, ${detail.kind}` : level || (detail.kind ?? '');
}

interface ChipProps {
  id: string;
  label: string;
  /** "7, cramping", or '' when nothing is said. */
  said: string;
  open: boolean;
  onOpen: (regionId: string) => void;
  onRemove: (regionId: string) => void;
}

/** One marked place: its name opens "how bad, and what kind"; re-rendered only when it changes itself. */
const SelectedChip = memo(function SelectedChip({ id, label, said: words, open, onOpen, onRemove }: ChipProps) {
  return (
    <li>
      <button
        type="button"
        id={buttonId(id)}
        className="selected__name"
        aria-expanded={open}
        aria-controls={open ? 'how-bad' : undefined}
        aria-label={`${label}: how bad, and what kind${words ? ` (${words})` : ''}`}
        onClick={() => { onOpen(id); }}
      >
        {label}
        {words && <span className="selected__said">{words}</span>}
      </button>
      <button type="button" className="icon-button" aria-label={`Remove ${label}`} onClick={() => { onRemove(id); }}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});

/** The list of places marked as painful, each removable and each with how bad it is, in plain words. */
export function SelectedRegions({ regions, onRemove, onClear, onDetail }: SelectedRegionsProps) {
  const [openId, setOpenId] = useState<string | null>(null);
  const onOpen = useCallback((id: string) => { setOpenId((now) => (now === id ? null : id)); }, []);
  const onDone = useCallback(() => {
    const id = openId;
    setOpenId(null);
    if (id) requestAnimationFrame(() => { document.getElementById(buttonId(id))?.focus(); });
  }, [openId]);
  const open = openId === null ? undefined : regions.find((r) => r.id === openId);
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
        <>
          <ul className="selected__list">
            {regions.map((r) => (
              <SelectedChip key={r.id} id={r.id} label={r.label} said={said(r.detail)} open={r.id === openId} onOpen={onOpen} onRemove={onRemove} />
            ))}
          </ul>
          {open ? (
            <Suspense fallback={null}>
              <PlaceDetailEditor id="how-bad" label={open.label} intensity={open.detail?.intensity ?? 5} kind={open.detail?.kind} onChange={(d) => { onDetail(open.id, d); }} onDone={onDone} />
            </Suspense>
          ) : (
            <p className="muted selected__hint">Choose a place to say how bad it is and what it feels like.</p>
          )}
        </>
      )}
    </section>
  );
}
