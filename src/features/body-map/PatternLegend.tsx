export interface PatternLegendProps {
  /** The muscle whose pattern is drawn. */
  name: string;
  onHide: () => void;
  /** Pinned with "Show on my map": on a phone it then stays at the top of the screen. */
  pinned: boolean;
}

/** Says what the map shows while a muscle's pattern is drawn on it, with a way back. */
export function PatternLegend({ name, onHide, pinned }: PatternLegendProps) {
  return (
    <div className={`pattern-legend${pinned ? ' pattern-legend--pinned' : ''}`} role="status">
      <p>
        <strong>{name}</strong> on your map:{' '}
        <span className="legend legend--primary">main pain area</span>
        <span className="legend legend--secondary">spillover (hatched)</span>
        <span className="legend legend--tp">trigger point</span>
        <span className="legend legend--selected">your marks</span>
      </p>
      <button type="button" className="button button--quiet" onClick={onHide}>Hide</button>
    </div>
  );
}
