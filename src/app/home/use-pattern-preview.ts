import { useCallback, useEffect, useMemo, useState } from 'react';
import { muscleById, type RowExtras } from '../../content/browser-content';
import { patternOf } from './row-pattern';
import type { ResultRow } from '../../domain/rows';
import type { PatternSets } from '../../features/body-map/paint-pattern';

const keyOf = (row: ResultRow) => `${row.id}:${row.bothSides ? 'both' : row.side}`;

interface Preview {
  key: string;
  row: ResultRow;
  /** Pinned by "Show on my map" (touch): stays until "Hide" or Esc; hovering only lasts while over the row. */
  pinned: boolean;
}

/**
 * Which result's pattern is drawn on the main map: the row hovered or focused, or the one pinned with
 * "Show on my map". Leaving the row restores the map; Esc or "Hide" unpins.
 */
export function usePatternPreview(extras: RowExtras | null) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const onPreview = useCallback((row: ResultRow | null) => {
    setPreview((p) => (p?.pinned ? p : row ? { key: keyOf(row), row, pinned: false } : null));
  }, []);
  const onPin = useCallback((row: ResultRow) => {
    setPreview((p) => (p?.pinned && p.key === keyOf(row) ? null : { key: keyOf(row), row, pinned: true }));
  }, []);
  const hide = useCallback(() => { setPreview(null); }, []);
  const pinned = preview?.pinned ?? false;
  useEffect(() => {
    if (!pinned) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setPreview(null); };
    document.addEventListener('keydown', onKey);
    return () => { document.removeEventListener('keydown', onKey); };
  }, [pinned]);
  const overlay = useMemo<PatternSets | null>(
    () => (preview && muscleById.has(preview.row.id) ? patternOf(preview.row, extras?.triggerPoints[preview.row.id]) : null),
    [preview, extras],
  );
  const isPinned = useCallback((row: ResultRow) => pinned && preview?.key === keyOf(row), [pinned, preview]);
  return { overlay, shown: preview?.row ?? null, pinned, onPreview, onPin, isPinned, hide };
}
