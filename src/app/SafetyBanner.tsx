import { SafetyAlert } from '../features/safety/SafetyAlert';
import { useSafetyStore } from '../stores/safety-store';
import { useSafety } from './use-safety';
import { useSelection } from './use-selection';

/** The safety alert for the current selection, shown above everything on every page. */
export function SafetyBanner() {
  const { selection } = useSelection();
  const { assessment, holdKeys, confirmed } = useSafety(selection);
  const confirmChecked = useSafetyStore((s) => s.confirmChecked);
  return (
    <SafetyAlert
      assessment={assessment}
      confirmed={confirmed}
      holding={holdKeys.length > 0}
      onConfirm={() => { confirmChecked(holdKeys); }}
    />
  );
}
