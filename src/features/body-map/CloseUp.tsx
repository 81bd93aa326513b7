import { useEffect, useRef } from 'react';
import { BodyMap } from './BodyMap';
import { partName, viewsWithPart } from './parts';

export interface CloseUpProps {
  part: string;
  selected: readonly string[];
  onToggle: (regionId: string) => void;
  onClose: () => void;
  regionLabel: (regionId: string) => string;
}

/** A modal close-up of one body part, drawn from every view that shows it, with the same region ids. */
export function CloseUp({ part, selected, onToggle, onClose, regionLabel }: CloseUpProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const title = `Close-up: ${partName(part)}`;

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      if (event.key === 'Tab' && dialogRef.current) {
        // Keep focus inside the dialog.
        const focusables = [...dialogRef.current.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
        const first = focusables[0];
        const last = focusables[focusables.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last?.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first?.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      returnTo?.focus();
    };
  }, [onClose]);

  return (
    <div className="close-up__backdrop">
      <div ref={dialogRef} className="close-up" role="dialog" aria-modal="true" aria-labelledby="close-up-title">
        <header className="close-up__header">
          <h2 id="close-up-title">{title}</h2>
          <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
            Done
          </button>
        </header>
        <p className="close-up__hint">Tap every place that hurts, then press Done.</p>
        <div className={`close-up__map close-up__map--${part}`}>
        <BodyMap
          selected={selected}
          onToggle={onToggle}
          views={viewsWithPart(part)}
          zoomPart={part}
          regionLabel={regionLabel}
          label={`${title}. Each shape is a button.`}
        />
        </div>
      </div>
    </div>
  );
}
