import { useLayoutEffect, useRef } from 'react';
import type { PainKind, PlaceDetail } from '../../domain/pain';

export interface PlaceDetailEditorProps {
  /** The element's id (the chip's button controls it). */
  id: string;
  /** The place, in plain words: "Back of knee, right". */
  label: string;
  /** 1-10. */
  intensity: number;
  kind: PainKind | undefined;
  onChange: (detail: PlaceDetail) => void;
  /** Closes the editor (Done, or Escape). */
  onDone: () => void;
}

const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

// The kinds in plain words, in the order domain/pain.ts lists them (kept here so this lazy module shares no code with the first load).
const KINDS: readonly [PainKind, string][] = [
  ['aching', 'Aching'],
  ['sharp', 'Sharp'],
  ['burning', 'Burning'],
  ['cramping', 'Cramping'],
  ['numbness', 'Numb'],
  ['tingling', 'Tingling (pins and needles)'],
];

/** A pain level in words: `levelWords(7) // -> 'severe'`. */
export function levelWords(level: number): string {
  if (level <= 3) return 'mild';
  if (level <= 6) return 'moderate';
  if (level <= 8) return 'severe';
  return level === 9 ? 'very severe' : 'worst imaginable';
}

/**
 * "How bad, and what kind" for one marked place: a 1-10 choice and a kind, each a group of native radio
 * buttons (arrow keys move within a group, Tab leaves it), every choice at least 44 px for a finger.
 * A change is kept at once; Done or Escape closes it.
 */
export function PlaceDetailEditor({ id, label, intensity, kind, onChange, onDone }: PlaceDetailEditorProps) {
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => { first.current?.focus(); }, []);
  const set = (next: { intensity?: number; kind?: PainKind | null }) => {
    const k = next.kind === null ? undefined : (next.kind ?? kind);
    onChange({ intensity: next.intensity ?? intensity, ...(k ? { kind: k } : {}) });
  };
  return (
    <div
      className="how-bad"
      id={id}
      role="group"
      aria-label={`How bad, and what kind: ${label}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <fieldset className="how-bad__levels">
        <legend>
          How bad is it at <strong>{label}</strong>? <span className="how-bad__now">{intensity} out of 10, {levelWords(intensity)}</span>
        </legend>
        <div className="how-bad__scale">
          {LEVELS.map((n) => (
            <label key={n} className={`how-bad__level${n === intensity ? ' how-bad__level--on' : ''}`}>
              <input
                ref={n === intensity ? first : undefined}
                type="radio"
                name={`${id}-level`}
                value={n}
                checked={n === intensity}
                onChange={() => { set({ intensity: n }); }}
              />
              <span aria-hidden="true">{n}</span>
              <span className="visually-hidden">{`${String(n)}, ${levelWords(n)}`}</span>
            </label>
          ))}
        </div>
        <p className="how-bad__ends muted" aria-hidden="true">
          <span>1 mild</span>
          <span>10 worst imaginable</span>
        </p>
      </fieldset>
      <fieldset className="how-bad__kinds">
        <legend>What does it feel like?</legend>
        <div className="how-bad__kind-list">
          {KINDS.map(([k, words]) => (
            <label key={k} className={`choice${kind === k ? ' choice--on' : ''}`}>
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => { set({ kind: k }); }} />
              {words}
            </label>
          ))}
          <label className={`choice${kind === undefined ? ' choice--on' : ''}`}>
            <input type="radio" name={`${id}-kind`} value="" checked={kind === undefined} onChange={() => { set({ kind: null }); }} />
            Not sure
          </label>
        </div>
      </fieldset>
      <button type="button" className="button button--primary how-bad__done" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
