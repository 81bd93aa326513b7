import { useEffect, useRef } from 'react';

export interface ClearUndoProps {
  places: number;
  onUndo: () => void;
  onDismiss: () => void;
}

/** How long "Clear all" can be undone. */
export const UNDO_MS = 10_000;

/** After "Clear all": says what was cleared, with Undo for a few seconds. */
export function ClearUndo({ places, onUndo, onDismiss }: ClearUndoProps) {
  // "Clear all" went away with the places: focus moves to the Undo that replaces it.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => { undo.current?.focus(); }, []);
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_MS);
    return () => { clearTimeout(timer); };
  }, [onDismiss]);
  return (
    <div className="notice notice--info undo" role="status">
      <p>
        Cleared {places} place{places === 1 ? '' : 's'} and your safety answers.
      </p>
      <button ref={undo} type="button" className="button" onClick={onUndo}>Undo</button>
    </div>
  );
}
