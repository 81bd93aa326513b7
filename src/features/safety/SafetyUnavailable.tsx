export interface SafetyUnavailableProps {
  status: 'idle' | 'loading' | 'failed';
  onRetry: () => void;
  emergency: string;
}

/** While the safety questions are not loaded, self-care waits, and this says why (with a real retry). */
export function SafetyUnavailable({ status, onRetry, emergency }: SafetyUnavailableProps) {
  if (status !== 'failed') {
    return <p className="muted" role="status">Loading the safety questions…</p>;
  }
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>The safety questions could not load.</strong> Self-care steps are held back until they have been
        answered, because MyoMap can’t tell yet whether this needs a doctor. Check your connection and try again.
      </p>
      <button type="button" className="button" onClick={onRetry}>Try again</button>
      <p className="muted">If the pain is severe or you think it is an emergency, call {emergency} or your local emergency number now.</p>
    </div>
  );
}
