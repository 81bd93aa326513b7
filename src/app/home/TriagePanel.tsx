import { memo } from 'react';
import type { RegionId } from '../../content/schema';
import { SafetyStepsLazy as SafetySteps } from '../SafetyStepsLazy';
import { pendingCount, type SafetyView } from '../use-safety';

/** When the last answer clears the check, the answered questions fold away: go on to the results. */
function toResults() {
  const results = document.getElementById('results');
  results?.scrollIntoView({ block: 'start' });
  results?.focus({ preventScroll: true });
}

/** Above the ranked muscles on every screen size: the safety check for the marked places. */
export const TriagePanel = memo(function TriagePanel({ view, selection }: { view: SafetyView; selection: readonly RegionId[] }) {
  const count = pendingCount(view);
  // Built, hidden, before the first mark: the tap that first shows it then only reveals it.
  return (
    <section className="panel triage" id="triage" aria-labelledby="triage-title" tabIndex={-1} hidden={selection.length === 0}>
      <h2 id="triage-title">Safety check first</h2>
      <p className="muted triage__intro">
        A few quick questions before any self-care, most urgent first.{' '}
        {count !== null && count > 0 && (
          <strong className="triage__pending">
            {count} to answer.
          </strong>
        )}
      </p>
      <SafetySteps view={view} name="home" onClear={toResults} />
    </section>
  );
});
