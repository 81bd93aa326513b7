import { lazy, Suspense } from 'react';
import { useSafetyStore } from '../stores/safety-store';
import { useSafety } from './use-safety';
import { useSelection } from './use-selection';

const SafetyAlert = lazy(() => import('../features/safety/SafetyAlert').then((m) => ({ default: m.SafetyAlert })));

/** The safety alert for the current selection, shown above everything on every page. */
export function SafetyBanner() {
  const { selection } = useSelection();
  const { assessment, holdKeys, confirmed } = useSafety(selection);
  const confirmChecked = useSafetyStore((s) => s.confirmChecked);
  if (!assessment.level) return null;
  return (
    <Suspense fallback={null}>
      <SafetyAlert
        assessment={assessment}
        confirmed={confirmed}
        holding={holdKeys.length > 0}
        onConfirm={() => { confirmChecked(holdKeys); }}
      />
    </Suspense>
  );
}
