import { memo } from 'react';
import { partName, partShortName, ZOOM_PARTS } from './parts';

export interface ZoomBarProps {
  onZoom: (part: string) => void;
}

/** Buttons that open each part's close-up (for small parts, keyboards and screen readers). */
export const ZoomBar = memo(function ZoomBar({ onZoom }: ZoomBarProps) {
  return (
    <nav className="zoom-bar" aria-label="Close-ups of small parts">
      <span className="zoom-bar__label">Close-up:</span>
      <ul>
        {ZOOM_PARTS.map((part) => (
          <li key={part}>
            <button type="button" className="chip" aria-label={`Close-up of the ${partName(part)}`} onClick={() => { onZoom(part); }}>
              {partShortName(part)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});
